using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Configuration;
using ExpertRig.Rules.Ranking;
using ExpertRig.Rules.Tests.Support;
using static ExpertRig.Rules.Tests.Configuration.ConfigurationFacts;

namespace ExpertRig.Rules.Tests.Ranking;

public sealed class RankBuildsRuleTests
{
    private static Domain.Facts.Ranking Rank(Requirements requirements) =>
        RuleTestSession.For<RankBuildsRule>(typeof(FeasibleBuildRule), typeof(ChooseSoftwareRule), typeof(PredictWorkloadRule), typeof(PowerBudgetRule))
            .With(requirements, Need("qwen-2.5-14b"), Build("tier1-rtx5090"), Build("single-rtx4090"), Build("dgx-spark"))
            .Fire().Query<Domain.Facts.Ranking>().Single();

    [Fact]
    public void Fires_RankingEveryFeasibleBuild_BestFirst()
    {
        var ranking = Rank(Requirements());

        ranking.Builds.Select(b => b.Rank).ShouldBe([1, 2, 3]);
        ranking.Builds.Select(b => b.Score).ShouldBeInOrder(SortDirection.Descending);
        ranking.Builds.ShouldAllBe(b => b.Explanation.Contains("speed"));
    }

    [Fact]
    public void SpeedPriority_PutsTheFastestFirst_AndCostPriority_TheCheapest()
    {
        var bySpeed = Rank(new Requirements(Requirements().Profile with { Priorities = [Priority.Speed] }));
        var byCost = Rank(new Requirements(Requirements().Profile with { Priorities = [Priority.Cost] }));

        bySpeed.Builds[0].Build.Archetype.ShouldBe("tier1-rtx5090");
        byCost.Builds[0].Build.TotalPriceUsd.ShouldBeLessThan(bySpeed.Builds[0].Build.TotalPriceUsd);
    }

    [Fact]
    public void DoesNotFire_WhenNothingIsFeasible()
    {
        var build = Build("tier1-rtx5090");

        RuleTestSession.For<RankBuildsRule>(typeof(FeasibleBuildRule))
            .With(Requirements(), build, new Finding(build, FindingKind.Violation, "v", "broken")).Fire()
            .Query<Domain.Facts.Ranking>().ShouldBeEmpty();
    }
}
