using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class AppleMacosRuleTests
{
    [Fact]
    public void Fires_WhenTheProfileAsksForMacos()
    {
        var finding = Fire<AppleMacosRule>(Unified("mac-studio-m3-ultra-256gb", "mac-studio"), Requirements(os: OperatingSystemChoice.MacOS)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldStartWith("You work in macOS");
    }

    [Fact]
    public void DoesNotFire_ForLinux()
    {
        Fire<AppleMacosRule>(Unified("mac-studio-m3-ultra-256gb", "mac-studio"), Requirements(os: OperatingSystemChoice.Linux)).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_OnTheDgxSpark()
    {
        Fire<AppleMacosRule>(Unified("dgx-spark", "dgx-spark"), Requirements(os: OperatingSystemChoice.MacOS)).ShouldBeEmpty();
    }
}
