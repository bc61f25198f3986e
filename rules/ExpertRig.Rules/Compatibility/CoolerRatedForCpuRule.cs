using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("cooler-rated-for-the-cpu")]
[Description("The CPU cooler must be rated for at least the CPU's TDP, because inference holds the CPU at load for hours.")]
[Tag("compatibility"), Tag("cooling")]
[Priority(50)]
[Source("guide § 'Cooling: Managing Thermal Loads' (sustained load for as long as inference runs); coolers.yaml rated_w against cpus.yaml tdp_w")]
public sealed class CoolerRatedForCpuRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.Cooler != null && b.Cpu != null && b.Cooler.RatedW < b.Cpu.TdpW);
        Then().Yield(ctx => Violation(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build) =>
        Finding.Written(build, FindingKind.Violation, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"The {build.Cooler!.Name} handles about {Figures.Number(build.Cooler.RatedW, 0)} W; the {build.Cpu!.Name} is rated {Figures.Number(build.Cpu.TdpW, 0)} W TDP.");
}
