using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class MemoryTypeMatchesPlatformRuleTests
{
    [Fact]
    public void Fires_WhenRegisteredDimmsMeetADesktopBoard() =>
        RuleRun.Single<MemoryTypeMatchesPlatformRule>(FindingKind.Violation, (TestBuilds.Tier1 with { Memory = "ddr5-5600-rdimm-64gb" }).ToBuild())
            .Text.ShouldContain("is DDR5 RDIMM; the ASUS ProArt X870E-Creator WiFi takes DDR5 UDIMM");

    [Fact]
    public void Fires_WhenDdr5MeetsADdr4Board()
    {
        var build = (TestBuilds.DualRtx3090 with
        {
            GpuCount = 8, Cpu = "epyc-7713", Board = "romed8-2t", Memory = "kingston-fury-renegade-pro-256gb-ddr5-5600-rdimm",
        }).ToBuild();

        RuleRun.Single<MemoryTypeMatchesPlatformRule>(FindingKind.Violation, build).Text.ShouldContain("takes DDR4");
    }

    [Fact]
    public void DoesNotFire_WhenUnbufferedDdr5MeetsAm5() =>
        RuleRun.Findings<MemoryTypeMatchesPlatformRule>(TestBuilds.Tier1.ToBuild()).ShouldBeEmpty();
}
