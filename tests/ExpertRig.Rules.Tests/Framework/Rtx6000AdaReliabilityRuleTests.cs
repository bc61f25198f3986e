using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class Rtx6000AdaReliabilityRuleTests
{
    [Fact]
    public void Fires_WhenEccIsRequired()
    {
        var finding = Fire<Rtx6000AdaReliabilityRule>(SingleWorkstationCard("rtx-6000-ada", "rtx6000-ada"), Requirements(eccRequired: true)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("51.5 GB of ECC memory at 300 W");
    }

    [Fact]
    public void Fires_WhenPowerIsAPriority()
    {
        Fire<Rtx6000AdaReliabilityRule>(SingleWorkstationCard("rtx-6000-ada", "rtx6000-ada"), Requirements(priorities: [Priority.Power])).ShouldHaveSingleItem();
    }

    [Fact]
    public void DoesNotFire_WithoutEccOrPowerNeeds()
    {
        Fire<Rtx6000AdaReliabilityRule>(SingleWorkstationCard("rtx-6000-ada", "rtx6000-ada"), Requirements(priorities: [Priority.Speed])).ShouldBeEmpty();
    }
}
