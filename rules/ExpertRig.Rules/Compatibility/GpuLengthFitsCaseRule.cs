using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("card-length-fits-the-case")]
[Description("The GPU must be no longer than the longest card the case takes.")]
[Tag("compatibility"), Tag("case")]
[Priority(50)]
[Source("vendor spec: card length (gpus.yaml length_mm, reference design) against case clearance (cases.yaml max_gpu_length_mm)")]
public sealed class GpuLengthFitsCaseRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.Gpu != null && b.Case != null && b.Gpu.LengthMm > b.Case.MaxGpuLengthMm);
        Then().Yield(ctx => Violation(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build) =>
        Finding.Written(build, FindingKind.Violation, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"The {build.Gpu!.Name} is {Figures.Number(build.Gpu.LengthMm, 0)} mm long; the {build.Case!.Name} takes cards up to {Figures.Number(build.Case.MaxGpuLengthMm, 0)} mm.");
}
