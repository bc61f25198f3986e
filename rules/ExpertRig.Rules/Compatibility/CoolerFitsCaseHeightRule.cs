using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("air-cooler-fits-the-case")]
[Description("A tower air cooler must be no taller than the case's CPU cooler clearance.")]
[Tag("compatibility"), Tag("cooling"), Tag("case")]
[Priority(50)]
[Source("vendor spec: cooler height (coolers.yaml height_mm) against case clearance (cases.yaml max_cpu_cooler_height_mm)")]
public sealed class CoolerFitsCaseHeightRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.Cooler != null && b.Case != null && b.Cooler.HeightMm != null
            && b.Case.MaxCpuCoolerHeightMm != null && b.Cooler.HeightMm > b.Case.MaxCpuCoolerHeightMm);
        Then().Yield(ctx => Violation(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build) =>
        Finding.Written(build, FindingKind.Violation, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"The {build.Cooler!.Name} is {Figures.Number(build.Cooler.HeightMm!.Value, 0)} mm tall; the {build.Case!.Name} clears {Figures.Number(build.Case.MaxCpuCoolerHeightMm!.Value, 0)} mm.");
}
