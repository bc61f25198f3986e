using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Power;

[Name("psu-headroom")]
[Description("States how loaded the power supplies are at the build's peak draw when they are large enough.")]
[Tag("power"), Tag("psu")]
[Priority(50)]
[Source("guide § 'PSU Sizing Calculator' (\"A 1,200W 80+ Platinum PSU at 90% load is more efficient and cooler than a 1,000W at 95% load\")")]
public sealed class PsuHeadroomRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        PowerBudget power = default!;
        When()
            .Match(() => build, b => b.Psu != null)
            .Match(() => power, p => ReferenceEquals(p.Build, build)
                && build.Psu!.Watts * build.PsuCount >= p.Estimate.RequiredPsuWatts);
        Then().Yield(ctx => Note(ctx.Rule.Name, build, power));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Note(string rule, Build build, PowerBudget power) =>
        Finding.Written(build, FindingKind.Note, rule, (build, power), static s => Text(s.build, s.power));

    private static string Text(Build build, PowerBudget power)
    {
        var capacity = build.Psu!.Watts * build.PsuCount;
        return Invariant($"Peak draw {Figures.Number(power.Estimate.PeakWatts, 0)} W is {Figures.Percent(power.Estimate.PeakWatts / capacity)} of {PowerText.Psus(build)} ({Figures.Number(capacity - power.Estimate.PeakWatts, 0)} W spare); sustained inference draws {Figures.Number(power.Estimate.SustainedWatts, 0)} W.");
    }
}
