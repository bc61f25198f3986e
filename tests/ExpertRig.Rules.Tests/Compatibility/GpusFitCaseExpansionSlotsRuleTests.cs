using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class GpusFitCaseExpansionSlotsRuleTests
{
    [Fact]
    public void Fires_WhenFourDualSlotCardsMeetSevenBrackets()
    {
        // Slots 1, 3, 5 and 7: the card in slot 7 covers bracket 8, which the Lian Li O11 Vision lacks.
        var build = (TestBuilds.Tier3 with { Case = "lian-li-o11-vision" }).ToBuild();

        RuleRun.Single<GpusFitCaseExpansionSlotsRule>(FindingKind.Violation, build).Text.ShouldContain("need 8 expansion brackets");
    }

    [Fact]
    public void DoesNotFire_WhenTheCaseHasEightBrackets() =>
        RuleRun.Findings<GpusFitCaseExpansionSlotsRule>(TestBuilds.Tier3.ToBuild()).ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_WhenTheCardsCannotBeSeatedAtAll()
    {
        // The board, not the case, is the problem here: the spacing rule reports it.
        var build = (TestBuilds.Tier1 with { Gpu = "rtx-4090", GpuCount = 3, Board = "meg-x870e-ace" }).ToBuild();

        RuleRun.Findings<GpusFitCaseExpansionSlotsRule>(build).ShouldBeEmpty();
    }
}
