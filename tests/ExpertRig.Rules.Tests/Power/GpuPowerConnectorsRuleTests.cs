using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Power;
using ExpertRig.Rules.Tests.Compatibility;

namespace ExpertRig.Rules.Tests.Power;

public sealed class GpuPowerConnectorsRuleTests
{
    [Fact]
    public void Fires_WhenTwoRtx5090sShareOneNativeCable() =>
        RuleRun.Single<GpuPowerConnectorsRule>(FindingKind.Violation, (TestBuilds.Tier2 with { Psu = "corsair-hx1500i", PsuCount = 1 }).ToBuild())
            .Text.ShouldBe("2 × NVIDIA GeForce RTX 5090 need 2 native 12V-2x6 cables; the 1,500 W Corsair HX1500i provides 1.");

    [Fact]
    public void Fires_WhenTheGuidesTier3PsusFeedFourL40s() =>
        RuleRun.Single<GpuPowerConnectorsRule>(FindingKind.Violation, (TestBuilds.Tier3 with { Psu = "seasonic-prime-tx-1300" }).ToBuild())
            .Text.ShouldContain("need 4 native 12V-2x6 cables");

    [Fact]
    public void DoesNotFire_WhenEachGpuHasANativeCable() =>
        RuleRun.Findings<GpuPowerConnectorsRule>(TestBuilds.Tier2.ToBuild()).ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_ForEightPinCards() =>
        RuleRun.Findings<GpuPowerConnectorsRule>((TestBuilds.DualRtx3090 with { Psu = "corsair-ax1600i" }).ToBuild()).ShouldBeEmpty();
}
