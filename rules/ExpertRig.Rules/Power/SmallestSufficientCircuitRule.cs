using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Rules.Power;

[Name("smallest-sufficient-circuit")]
[Description("Names the smallest standard household circuit that carries the build's sustained draw within 80% and its peak within the breaker rating.")]
[Tag("power"), Tag("circuit")]
[Priority(50)]
[Source("guide § 'Power and Electrical Considerations'; NEC 210.20(A) 80% continuous-load rule; physics: wall draw = DC draw ÷ PSU efficiency")]
public sealed class SmallestSufficientCircuitRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        PowerBudget power = default!;
        When()
            .Match(() => build)
            .Match(() => power, p => ReferenceEquals(p.Build, build));
        Then().Yield(ctx => Note(ctx.Rule.Name, build, power));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Note(string rule, Build build, PowerBudget power) =>
        Finding.Written(build, FindingKind.Note, rule, power, static p => Text(p));

    private static string Text(PowerBudget power) =>
        power.Estimate.SmallestSufficientCircuit is { } check
            ? Invariant($"The smallest circuit that carries it is {CircuitLookup.Label(check.Circuit)}: {check.Reason} ({Figures.Number(power.Estimate.SustainedWallWatts, 0)} W sustained at the wall).")
            : Invariant($"No single standard circuit carries {Figures.Number(power.Estimate.SustainedWallWatts, 0)} W sustained at the wall: split the PSUs across two dedicated circuits.");
}
