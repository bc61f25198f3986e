using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("passive-cards-need-forced-airflow")]
[Description("Passively cooled datacenter cards (L40S, A100, H100) have no fan and need a server chassis that forces air front to back through them.")]
[Tag("compatibility"), Tag("cooling")]
[Priority(50)]
[Source("guide § 'Tier B: NVIDIA L40S' (\"Passive cooling; requires workstation chassis with proper airflow management\") and § 'Architecture 3' (\"server cases with proper airflow\"); cases.yaml airflow")]
public sealed class PassiveGpuNeedsServerAirflowRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.Gpu != null && b.Gpu.Cooler == GpuCooler.Passive && b.Case != null
            && b.Case.Airflow != CaseAirflow.Server);
        Then().Yield(ctx => Warning(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Warning(string rule, Build build) =>
        Finding.Written(build, FindingKind.Warning, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"The {build.Gpu!.Name} has no fan and the {build.Case!.Name} has {build.Case.Airflow.ToString().ToLowerInvariant()} airflow, not a server fan wall: add ducted high-pressure fans or use a rackmount GPU chassis, or the cards will throttle.");
}
