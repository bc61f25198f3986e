using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Power;

[Name("native-12v-2x6-cable-per-gpu")]
[Description("Every 16-pin 12V-2x6 plug on the GPUs needs its own native 12V-2x6 cable from the power supplies; adapters from 8-pin plugs add contacts to a connector already run close to its limit.")]
[Tag("power"), Tag("psu")]
[Priority(50)]
[Source("guide § 'PSU Sizing Calculator' (dual RTX 5090: \"ATX 3.1 compliance and PCIe 5.1 12V-2×6 connectors are required for each GPU\"); psus.yaml connectors_12v_2x6")]
public sealed class GpuPowerConnectorsRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.Gpu != null && b.Psu != null && b.Gpu.PowerConnector == PowerConnectorKind.TwelveVolt2x6
            && b.GpuCount * b.Gpu.PowerConnectorCount > b.Psu.Connectors12V2x6 * b.PsuCount);
        Then().Yield(ctx => Violation(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build) =>
        Finding.Written(build, FindingKind.Violation, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"{build.GpuCount} × {build.Gpu!.Name} need {build.GpuCount * build.Gpu.PowerConnectorCount} native 12V-2x6 cables; {PowerText.Psus(build)} {PowerText.Verb(build, "provide")} {build.Psu!.Connectors12V2x6 * build.PsuCount}.");
}
