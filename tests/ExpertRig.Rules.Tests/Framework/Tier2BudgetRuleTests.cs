using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class Tier2BudgetRuleTests
{
    [Fact]
    public void Fires_WhenTheBudgetIsAtLeast12000AndTheBuildFits()
    {
        var build = Tier2();

        var finding = Fire<Tier2BudgetRule>(build, Requirements(budgetUsd: 15000)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("Your budget is $15,000");
    }

    [Fact]
    public void DoesNotFire_WhenTheBudgetIsUnder12000()
    {
        Fire<Tier2BudgetRule>(Tier2(), Requirements(budgetUsd: 11999)).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WhenTheBuildCostsMoreThanTheBudget()
    {
        var build = Tier2();

        Fire<Tier2BudgetRule>(build with { Components = [.. build.Components, build.Components[0]] }, Requirements(budgetUsd: 12000)).ShouldBeEmpty();
    }
}
