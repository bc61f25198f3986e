using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Advice;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Advice;

public sealed class GpuSlotUpgradePathRuleTests
{
    [Fact]
    public void Notes_TheSecondSlotOfTheTier1Board()
    {
        var finding = Fire<GpuSlotUpgradePathRule>(Tier1()).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Note);
        finding.Text.ShouldBe("Upgrade path: the ASUS ProArt X870E-Creator WiFi carries up to 2 × NVIDIA GeForce RTX 5090 on CPU-wired x16 slots (x8 each with all of them populated), so 1 more card(s) would take VRAM to 68.7 GB; plan about 575 W more PSU capacity per card.");
    }

    [Fact]
    public void Notes_FourGpusOnTrx50()
    {
        Fire<GpuSlotUpgradePathRule>(Tier2()).ShouldHaveSingleItem().Text.ShouldContain("carries up to 4 × NVIDIA GeForce RTX 5090 on CPU-wired x16 slots, so 2 more card(s) would take VRAM to 137.4 GB");
    }

    [Fact]
    public void DoesNotFire_WhenTheBoardIsFull()
    {
        Fire<GpuSlotUpgradePathRule>(Tier3()).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_OnUnifiedMemory()
    {
        Fire<GpuSlotUpgradePathRule>(Unified("dgx-spark", "dgx-spark")).ShouldBeEmpty();
    }
}
