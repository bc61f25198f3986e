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
        Then().Yield(ctx => new Finding(build, FindingKind.Note, ctx.Rule.Name, Text(build, power)));
    }

    private static string Text(Build build, PowerBudget power)
    {
        var capacity = build.Psu!.Watts * build.PsuCount;
        return Invariant($"Peak draw {power.Estimate.PeakWatts:N0} W is {power.Estimate.PeakWatts / capacity * 100:0}% of {PowerText.Psus(build)} ({capacity - power.Estimate.PeakWatts:N0} W spare); sustained inference draws {power.Estimate.SustainedWatts:N0} W.");
    }
}
