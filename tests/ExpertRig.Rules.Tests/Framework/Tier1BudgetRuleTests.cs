using ExpertRig.Domain;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class Tier1BudgetRuleTests
{
    [Fact]
    public void Fires_WhenTheBudgetIsUnder8000AndTheBuildFits()
    {
        var build = Tier1();

        var finding = Fire<Tier1BudgetRule>(build, Requirements(budgetUsd: 7500)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("Your budget is $7,500");
        finding.Text.ShouldContain($"costs {Figures.Usd(build.TotalPriceUsd)}");
    }

    [Fact]
    public void DoesNotFire_WhenTheBudgetIsAbove8000()
    {
        Fire<Tier1BudgetRule>(Tier1(), Requirements(budgetUsd: 15000)).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WhenTheBuildCostsMoreThanTheBudget()
    {
        Fire<Tier1BudgetRule>(Tier1(), Requirements(budgetUsd: 4000)).ShouldBeEmpty();
    }
}
