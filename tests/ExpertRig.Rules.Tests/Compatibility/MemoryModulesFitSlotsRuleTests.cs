using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class MemoryModulesFitSlotsRuleTests
{
    [Fact]
    public void Fires_WhenEightDimmKitsMeetAFourSlotBoard() =>
        RuleRun.Single<MemoryModulesFitSlotsRule>(FindingKind.Violation, (TestBuilds.Tier2 with { Memory = "kingston-fury-renegade-pro-256gb-ddr5-5600-rdimm" }).ToBuild())
            .Text.ShouldContain("is 8 DIMMs; the ASUS Pro WS TRX50-SAGE WIFI has 4 slots");

    [Fact]
    public void DoesNotFire_WhenEightDimmsMeetEightSlots() =>
        RuleRun.Findings<MemoryModulesFitSlotsRule>(TestBuilds.Tier3.ToBuild()).ShouldBeEmpty();
}
