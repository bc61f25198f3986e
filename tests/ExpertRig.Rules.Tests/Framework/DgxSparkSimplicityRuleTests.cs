using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class DgxSparkSimplicityRuleTests
{
    [Fact]
    public void Fires_WhenSimplicityIsAPriority()
    {
        var finding = Fire<DgxSparkSimplicityRule>(Unified("dgx-spark", "dgx-spark"), Requirements(priorities: [Priority.Simplicity])).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("turnkey simplicity");
    }

    [Fact]
    public void DoesNotFire_WhenOnlySpeedMatters()
    {
        Fire<DgxSparkSimplicityRule>(Unified("dgx-spark", "dgx-spark"), Requirements(priorities: [Priority.Speed])).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_OnAMac()
    {
        Fire<DgxSparkSimplicityRule>(Unified("mac-studio-m3-ultra-256gb", "mac-studio"), Requirements(priorities: [Priority.Simplicity])).ShouldBeEmpty();
    }
}
