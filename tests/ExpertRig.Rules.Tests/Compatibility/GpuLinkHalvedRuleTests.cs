using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class GpuLinkHalvedRuleTests
{
    [Fact]
    public void Fires_WhenTwoCardsSplitAConsumerBoardX8X8()
    {
        var finding = RuleRun.Single<GpuLinkHalvedRule>(FindingKind.Warning, TestBuilds.DualRtx3090.ToBuild());

        finding.Text.ShouldContain("x8/x8");
        finding.Text.ShouldContain("PCIe 4.0 x8 carries about 16 GB/s each way instead of 32");
    }

    [Fact]
    public void Fires_WhenFourCardsOverrunTheThreadripperLanes()
    {
        // TRX50 wires four x16 slots, but the Threadripper 7960X has 48 CPU lanes, 8 of them for the two NVMe drives.
        var build = (TestBuilds.Tier3 with
        {
            Cpu = "tr-7960x", Board = "trx50-sage-wifi", Memory = "ddr5-5600-rdimm-64gb", Cooler = "noctua-nh-u14s-tr5-sp6",
        }).ToBuild();

        RuleRun.Single<GpuLinkHalvedRule>(FindingKind.Warning, build).Text.ShouldContain("x16/x8/x8/x8");
    }

    [Fact]
    public void DoesNotFire_ForOneCard() =>
        RuleRun.Findings<GpuLinkHalvedRule>(TestBuilds.Tier1.ToBuild()).ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_ForTwoCardsOnThreadripper() =>
        RuleRun.Findings<GpuLinkHalvedRule>(TestBuilds.Tier2.ToBuild()).ShouldBeEmpty();
}
