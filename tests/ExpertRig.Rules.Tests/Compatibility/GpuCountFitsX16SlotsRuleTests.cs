using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class GpuCountFitsX16SlotsRuleTests
{
    [Fact]
    public void Fires_WhenEightCardsMeetSevenSlots()
    {
        // The guide's 8 × RTX 3090 server used risers; the ROMED8-2T itself has seven x16 slots.
        var build = (TestBuilds.DualRtx3090 with { GpuCount = 8, Cpu = "epyc-7713", Board = "romed8-2t" }).ToBuild();

        RuleRun.Single<GpuCountFitsX16SlotsRule>(FindingKind.Violation, build).Text.ShouldContain("has 7");
    }

    [Fact]
    public void DoesNotFire_WhenBoardHasASlotPerCard() =>
        RuleRun.Findings<GpuCountFitsX16SlotsRule>(TestBuilds.Tier3.ToBuild()).ShouldBeEmpty();
}
