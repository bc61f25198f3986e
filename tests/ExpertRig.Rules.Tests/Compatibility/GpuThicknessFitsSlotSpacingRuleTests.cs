using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class GpuThicknessFitsSlotSpacingRuleTests
{
    [Fact]
    public void Fires_WhenThreeTripleSlotCardsMeetSlotsTwoApart()
    {
        // MEG X870E ACE: x16 slots at 1, 4 and 6; a 3-slot RTX 4090 in slot 4 covers slot 6.
        var build = (TestBuilds.Tier1 with { Gpu = "rtx-4090", GpuCount = 3, Board = "meg-x870e-ace" }).ToBuild();

        RuleRun.Single<GpuThicknessFitsSlotSpacingRule>(FindingKind.Violation, build).Text.ShouldContain("3 apart");
    }

    [Fact]
    public void DoesNotFire_WhenWaterBlocksMakeTheCardsSingleSlot()
    {
        var build = (TestBuilds.Tier1 with
        {
            Gpu = "rtx-4090", GpuCount = 3, Board = "meg-x870e-ace", Accessories = [("gpu-custom-water-loop", 1)],
        }).ToBuild();

        RuleRun.Findings<GpuThicknessFitsSlotSpacingRule>(build).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WhenFourDualSlotCardsUseEveryOtherSlot() =>
        RuleRun.Findings<GpuThicknessFitsSlotSpacingRule>(TestBuilds.Tier3.ToBuild()).ShouldBeEmpty();
}
