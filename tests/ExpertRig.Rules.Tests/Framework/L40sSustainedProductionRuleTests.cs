using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class L40sSustainedProductionRuleTests
{
    [Fact]
    public void Fires_WhenInferenceRuns20HoursADay()
    {
        var finding = Fire<L40sSustainedProductionRule>(SingleWorkstationCard("l40s", "single-l40s"), Requirements(hoursPerDay: 20)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("runs inference 20 h a day");
        finding.Text.ShouldContain("passive");
    }

    [Fact]
    public void DoesNotFire_ForAWorkingDay()
    {
        Fire<L40sSustainedProductionRule>(SingleWorkstationCard("l40s", "single-l40s"), Requirements(hoursPerDay: 8)).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_OnTier3()
    {
        Fire<L40sSustainedProductionRule>(Tier3(), Requirements(hoursPerDay: 24)).ShouldBeEmpty();
    }
}
