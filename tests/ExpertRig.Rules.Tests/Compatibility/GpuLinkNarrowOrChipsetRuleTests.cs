using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class GpuLinkNarrowOrChipsetRuleTests
{
    [Fact]
    public void Fires_WhenTheSecondCardSitsInAChipsetSlot()
    {
        // X870E AORUS MASTER: one CPU x16 slot; the second x16-size slot is PCIe 4.0 x4 from the chipset.
        var build = (TestBuilds.Tier1 with { GpuCount = 2, Board = "x870e-aorus-master" }).ToBuild();

        RuleRun.Single<GpuLinkNarrowOrChipsetRule>(FindingKind.Warning, build).Text.ShouldContain("slot 4 gets PCIe 4.0 x4 via the chipset");
    }

    [Fact]
    public void DoesNotFire_WhenBothCardsGetCpuLanes() =>
        RuleRun.Findings<GpuLinkNarrowOrChipsetRule>(TestBuilds.DualRtx3090.ToBuild()).ShouldBeEmpty();
}
