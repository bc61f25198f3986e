using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Power;

[Name("psu-covers-the-peak-draw")]
[Description("The power supplies together must be rated for the sum of peak draws divided by the highest load share a PSU should carry (80%).")]
[Tag("power"), Tag("psu")]
[Priority(50)]
[Source("guide § 'PSU Sizing Calculator' (575 W + 250 W + 100 W = 925 W: \"Use a 1,200W PSU minimum for headroom\"); physics constants power.psu_max_load_fraction")]
public sealed class PsuCapacityRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        PowerBudget power = default!;
        When()
            .Match(() => build, b => b.Psu != null)
            .Match(() => power, p => ReferenceEquals(p.Build, build)
                && build.Psu!.Watts * build.PsuCount < p.Estimate.RequiredPsuWatts);
        Then().Yield(ctx => Violation(ctx.Rule.Name, build, power));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build, PowerBudget power) =>
        Finding.Written(build, FindingKind.Violation, rule, (build, power), static s => Text(s.build, s.power));

    private static string Text(Build build, PowerBudget power) =>
        Invariant($"{PowerText.Parts(build)} peak at {Figures.Number(power.Estimate.PeakWatts, 0)} W; that needs {Figures.Number(power.Estimate.RequiredPsuWatts, 0)} W of PSU at {Figures.Percent(power.Estimate.PeakWatts / power.Estimate.RequiredPsuWatts)} load, but {PowerText.Psus(build)} {PowerText.Verb(build, "give")} {Figures.Number(build.Psu!.Watts * build.PsuCount, 0)} W.");
}
