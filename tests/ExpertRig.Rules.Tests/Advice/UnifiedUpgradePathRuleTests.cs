using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Advice;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Advice;

public sealed class UnifiedUpgradePathRuleTests
{
    [Fact]
    public void Notes_PairingASecondDgxSpark()
    {
        var finding = Fire<UnifiedUpgradePathRule>(Unified("dgx-spark", "dgx-spark")).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Note);
        finding.Text.ShouldContain("a second unit connected over its QSFP ports runs models up to 405B");
    }

    [Fact]
    public void Notes_ThatMacMemoryIsFixed()
    {
        Fire<UnifiedUpgradePathRule>(Unified("mac-studio-m3-ultra-96gb", "mac-studio")).ShouldHaveSingleItem().Text.ShouldContain("96 GB's 103.1 GB of unified memory is fixed at purchase");
    }

    [Fact]
    public void DoesNotFire_OnAGpuBuild()
    {
        Fire<UnifiedUpgradePathRule>(Tier1()).ShouldBeEmpty();
    }
}
