using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Builds.Composition;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;

namespace ExpertRig.Rules.Ranking;

[Name("dominated-build")]
[Description("A composed build that another feasible build beats on every ranking metric (no dearer, as fast on every workload at as many bits, no more power or cards) is not recommended; the guide's own builds stay, labelled as the guide's.")]
[Tag("ranking")]
[Priority(15)]
[Source("issue 12 § Ranking that a buyer would sign (every ranked build undominated); docs/configurator.md")]
public sealed class DominatedBuildRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        IEnumerable<FeasibleBuild> feasible = default!;
        IEnumerable<WorkloadPrediction> predictions = default!;
        IEnumerable<PowerBudget> power = default!;
        When()
            .Match(() => build, b => b.Composed)
            .Not<Finding>(f => ReferenceEquals(f.Build, build) && f.Kind == FindingKind.Violation && f.Rule != "dominated-build")
            .Query(() => feasible, q => q.Match<FeasibleBuild>(f => !ReferenceEquals(f.Build, build)).Collect())
            .Query(() => predictions, q => q.Match<WorkloadPrediction>().Collect())
            .Query(() => power, q => q.Match<PowerBudget>().Collect()
                .Where(c => BuildDominance.Dominator(build, BuildsOf(feasible), predictions, c) != null));
        Then().Yield(ctx => new Finding(build, FindingKind.Violation, ctx.Rule.Name, Text(build, BuildDominance.Dominator(build, BuildsOf(feasible), predictions, power)!)));
    }

    // A method rather than a lambda inside the condition: a compiled condition that builds a delegate on every call
    // (feasible.Select(f => f.Build)) pays DynamicMethod.CreateDelegate each time, and this test runs per build and change.
    private static IEnumerable<Build> BuildsOf(IEnumerable<FeasibleBuild> feasible) => feasible.Select(f => f.Build);

    private static string Text(Build build, Build winner) =>
        $"Dominated by {winner.Title} ({Figures.Usd(winner.TotalPriceUsd)} against {Figures.Usd(build.TotalPriceUsd)}): no dearer, as fast on every workload at as many bits, no more power or cards.";
}
