using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class OverBudgetRuleTests
{
    [Fact]
    public void Fires_WhenTheBuildCostsMoreThanTheBudget()
    {
        var build = TestBuilds.Tier1.ToBuild();
        var budget = Math.Round(build.TotalPriceUsd) - 500;

        RuleRun.Single<OverBudgetRule>(FindingKind.Violation, build, TestProfiles.Requirements(p => p with { BudgetUsd = budget }))
            .Text.ShouldEndWith(FormattableString.Invariant($"over the ${budget:N0} budget."));
    }

    [Fact]
    public void DoesNotFire_WhenTheBuildCostsExactlyTheBudget()
    {
        var build = TestBuilds.Tier1.ToBuild();

        RuleRun.Findings<OverBudgetRule>(build, TestProfiles.Requirements(p => p with { BudgetUsd = build.TotalPriceUsd })).ShouldBeEmpty();
    }
}
