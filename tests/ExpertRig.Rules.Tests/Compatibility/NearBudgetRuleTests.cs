using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class NearBudgetRuleTests
{
    [Fact]
    public void Fires_WhenTheBuildUsesMoreThan95PercentOfTheBudget()
    {
        var build = TestBuilds.Tier1.ToBuild();

        RuleRun.Single<NearBudgetRule>(FindingKind.Warning, build, TestProfiles.Requirements(p => p with { BudgetUsd = build.TotalPriceUsd * 1.02 }));
    }

    [Fact]
    public void DoesNotFire_WithTenPercentToSpare()
    {
        var build = TestBuilds.Tier1.ToBuild();

        RuleRun.Findings<NearBudgetRule>(build, TestProfiles.Requirements(p => p with { BudgetUsd = build.TotalPriceUsd * 1.1 })).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WhenOverBudget()
    {
        var build = TestBuilds.Tier1.ToBuild();

        RuleRun.Findings<NearBudgetRule>(build, TestProfiles.Requirements(p => p with { BudgetUsd = build.TotalPriceUsd - 1 })).ShouldBeEmpty();
    }
}
