using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class ApplePowerNoiseRuleTests
{
    [Theory]
    [InlineData(Priority.Power)]
    [InlineData(Priority.Quiet)]
    public void Fires_WhenPowerOrQuietIsAPriority(Priority priority)
    {
        var finding = Fire<ApplePowerNoiseRule>(Unified("mac-studio-m3-ultra-96gb", "mac-studio"), Requirements(priorities: [priority])).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("rated at most 480 W");
    }

    [Fact]
    public void DoesNotFire_WhenSpeedIsThePriority()
    {
        Fire<ApplePowerNoiseRule>(Unified("mac-studio-m3-ultra-96gb", "mac-studio"), Requirements(priorities: [Priority.Speed])).ShouldBeEmpty();
    }
}
