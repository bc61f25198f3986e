using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Builds;

namespace ExpertRig.Rules.Ranking;

[Name("rank-feasible-builds")]
[Description("Feasible builds are ranked by how well they meet the profile: speed of the main workload, price, quantization quality, fit, power, noise and simplicity, weighted by the user's priorities.")]
[Tag("ranking")]
[Priority(10)]
[Source("issue 4 § Configurator (rank by speed needs, budget, priorities); guide § 'Decision Framework'")]
public sealed class RankBuildsRule : Rule
{
    public override void Define()
    {
        Requirements requirements = default!;
        IEnumerable<FeasibleBuild> feasible = default!;
        IEnumerable<WorkloadPrediction> predictions = default!;
        IEnumerable<PowerBudget> power = default!;
        IEnumerable<Finding> endorsements = default!;
        When()
            .Match(() => requirements)
            .Query(() => feasible, q => q.Match<FeasibleBuild>().Collect().Where(c => c.Any()))
            .Query(() => predictions, q => q.Match<WorkloadPrediction>().Collect())
            .Query(() => power, q => q.Match<PowerBudget>().Collect())
            .Query(() => endorsements, q => q.Match<Finding>(f => f.Kind == FindingKind.Endorsement).Collect());
        Then().Yield(_ => BuildRanker.Rank(requirements, feasible, predictions, power, endorsements));
    }
}
