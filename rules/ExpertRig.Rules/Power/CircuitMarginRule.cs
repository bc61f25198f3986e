using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Rules.Power;

[Name("circuit-is-marginal")]
[Description("A circuit that carries the sustained draw with less than 10% to spare, or whose breaker rating the peak draw exceeds, may trip during long inference runs or at start-up.")]
[Tag("power"), Tag("circuit")]
[Priority(50)]
[Source("guide § 'Power and Electrical Considerations' (Tier 1: \"Standard 15A/120V household circuit is marginally sufficient … peaks at startup can exceed the 15A rating momentarily\"; a dedicated 20 A circuit \"strongly recommended\")")]
public sealed class CircuitMarginRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        PowerBudget power = default!;
        Requirements requirements = default!;
        When()
            .Match(() => build)
            .Match(() => requirements)
            .Match(() => power, p => ReferenceEquals(p.Build, build) && CircuitLookup.IsMarginal(p.Estimate, requirements.Profile.Circuit));
        Then().Yield(ctx => Warning(ctx.Rule.Name, build, power, requirements));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Warning(string rule, Build build, PowerBudget power, Requirements requirements) =>
        Finding.Written(build, FindingKind.Warning, rule, (build, power, requirements), static s => Text(s.build, s.power, s.requirements));

    private static string Text(Build build, PowerBudget power, Requirements requirements)
    {
        var check = CircuitLookup.For(power.Estimate, requirements.Profile.Circuit);
        var volts = check.Circuit.Volts;
        return Invariant($"{PowerText.Parts(build)} on a {CircuitLookup.Label(check.Circuit)} circuit: {Figures.Amps(check.SustainedWallWatts / volts)} sustained of {Figures.Amps(check.ContinuousCapacityWatts / volts)} allowed, {Figures.Amps(check.PeakWallWatts / volts)} at peak on a {check.Circuit.BreakerAmps} A breaker; run it on a dedicated circuit with nothing else plugged in.");
    }
}
