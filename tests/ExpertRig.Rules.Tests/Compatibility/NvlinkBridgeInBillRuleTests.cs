using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class NvlinkBridgeInBillRuleTests
{
    [Fact]
    public void Fires_WhenBridgeIsMissingFromTheBill()
    {
        var build = (TestBuilds.DualRtx3090 with { Accessories = [] }).ToBuild();

        RuleRun.Single<NvlinkBridgeInBillRule>(FindingKind.Violation, build).Text.ShouldContain("need 1 NVLink bridge(s)");
    }

    [Fact]
    public void Fires_WhenBridgeIsFittedButNotBought()
    {
        var bridged = TestBuilds.DualRtx3090.ToBuild();
        var build = bridged with { Components = [.. bridged.Components.Where(c => c.Id != "nvlink-bridge-3090-3-slot")] };

        RuleRun.Single<NvlinkBridgeInBillRule>(FindingKind.Violation, build);
    }

    [Fact]
    public void Fires_WhenFourPairsHaveOneBridge()
    {
        var build = (TestBuilds.DualRtx3090 with { GpuCount = 8, Cpu = "epyc-7713", Board = "romed8-2t" }).ToBuild();

        RuleRun.Single<NvlinkBridgeInBillRule>(FindingKind.Violation, build).Text.ShouldContain("need 4 NVLink bridge(s)");
    }

    [Fact]
    public void DoesNotFire_WhenBridgeIsBought() =>
        RuleRun.Findings<NvlinkBridgeInBillRule>(TestBuilds.DualRtx3090.ToBuild()).ShouldBeEmpty();
}
