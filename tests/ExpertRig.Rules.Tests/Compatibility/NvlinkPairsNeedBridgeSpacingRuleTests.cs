using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class NvlinkPairsNeedBridgeSpacingRuleTests
{
    [Fact]
    public void Fires_WhenBoardHasNoSlotsFourApart()
    {
        // ProArt X870E x16 slots sit at positions 1, 4 and 6: no pair is four slots apart.
        var build = (TestBuilds.DualRtx3090 with { Accessories = [("nvlink-bridge-3090-4-slot", 1)] }).ToBuild();

        RuleRun.Single<NvlinkPairsNeedBridgeSpacingRule>(FindingKind.Violation, build).Text.ShouldContain("positions 1, 4, 6");
    }

    [Fact]
    public void DoesNotFire_WhenSlotsAreThreeApartForTheThreeSlotBridge() =>
        RuleRun.Findings<NvlinkPairsNeedBridgeSpacingRule>(TestBuilds.DualRtx3090.ToBuild()).ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_WhenFourSlotBridgeSitsOnAWorkstationBoard()
    {
        var build = (TestBuilds.DualRtx3090 with
        {
            Cpu = "tr-pro-7995wx", Board = "wrx90e-sage-se", Memory = "kingston-fury-renegade-pro-256gb-ddr5-5600-rdimm",
            Cooler = "ekwb-quantum-magnitude-str5-480", Case = "thermaltake-core-p8-tg",
            Accessories = [("nvlink-bridge-3090-4-slot", 1)],
        }).ToBuild();

        RuleRun.Findings<NvlinkPairsNeedBridgeSpacingRule>(build).ShouldBeEmpty();
    }
}
