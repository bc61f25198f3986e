using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Configuration;
using ExpertRig.Rules.Tests.Support;
using static ExpertRig.Rules.Tests.Configuration.ConfigurationFacts;

namespace ExpertRig.Rules.Tests.Configuration;

public sealed class PowerBudgetRuleTests
{
    [Fact]
    public void Fires_WithThePeakOfEveryPart_AndTheYearlyCost()
    {
        var build = Build("tier1-rtx5090");

        var budget = RuleTestSession.For<PowerBudgetRule>().With(Requirements(), build).Fire().Query<PowerBudget>().Single();

        budget.Estimate.PeakWatts.ShouldBeGreaterThan(build.Gpu!.BoardPowerW + build.Cpu!.TdpW);
        budget.Yearly.CostPerYear.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void DoesNotFire_WithoutRequirements() =>
        RuleTestSession.For<PowerBudgetRule>().With(Build("tier1-rtx5090")).Fire().Query<PowerBudget>().ShouldBeEmpty();
}
