using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Advice;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Advice;

public sealed class ElectricityCostRuleTests
{
    [Fact]
    public void Notes_TheYearlyCost()
    {
        var build = Tier2();
        var power = PowerBudgetOf(build, hoursPerDay: 24, usdPerKwh: 0.15);

        var finding = Fire<ElectricityCostRule>(build, power, Requirements(hoursPerDay: 24)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Note);
        finding.Text.ShouldBe($"Electricity: ${power.Yearly.CostPerYear:N0}/year at 24 h/day and $0.15/kWh ({power.Yearly.KilowattHoursPerYear:N0} kWh at {power.Estimate.SustainedWallWatts:N0} W sustained at the wall).");
    }

    [Fact]
    public void DoesNotFire_WithoutAPowerBudgetForTheBuild()
    {
        Fire<ElectricityCostRule>(Tier2(), PowerBudgetOf(Tier1()), Requirements()).ShouldBeEmpty();
    }
}
