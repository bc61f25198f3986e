using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Rules.Power;

[Name("circuit-carries-the-sustained-load")]
[Description("The build's sustained wall draw must stay within 80% of the breaker rating of the user's circuit, the limit for a continuous load.")]
[Tag("power"), Tag("circuit")]
[Priority(50)]
[Source("guide § 'Power and Electrical Considerations' (Tier 1 15 A/120 V marginal, Tier 2 20 A/120 V or 240 V, Tier 3 240 V 20 A or two circuits); NEC 210.20(A) 80% continuous-load rule (physics constants power.continuous_load_fraction)")]
public sealed class CircuitContinuousLoadRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        PowerBudget power = default!;
        Requirements requirements = default!;
        When()
            .Match(() => build)
            .Match(() => requirements)
            .Match(() => power, p => ReferenceEquals(p.Build, build) && CircuitLookup.OverContinuousLimit(p.Estimate, requirements.Profile.Circuit));
        Then().Yield(ctx => Violation(ctx.Rule.Name, build, power, requirements));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build, PowerBudget power, Requirements requirements) =>
        Finding.Written(build, FindingKind.Violation, rule, (build, power, requirements), static s => Text(s.build, s.power, s.requirements));

    private static string Text(Build build, PowerBudget power, Requirements requirements)
    {
        var check = CircuitLookup.For(power.Estimate, requirements.Profile.Circuit);
        return Invariant($"{PowerText.Parts(build)} on a {CircuitLookup.Label(check.Circuit)} circuit: {check.Reason}.");
    }
}
