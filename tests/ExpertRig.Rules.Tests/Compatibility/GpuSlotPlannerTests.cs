using ExpertRig.Domain.Builds;
using CsCheck;
using ExpertRig.Domain.Catalog;
using ExpertRig.Rules.Compatibility;
using ExpertRig.Rules.Tests.Support;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class GpuSlotPlannerTests
{
    private static readonly Gen<(Motherboard Board, int Count, double Width, int? Spacing, int? Brackets)> Layouts =
        Gen.Select(
            Gen.Int[0, TestKnowledge.Catalog.Motherboards.Count - 1].Select(i => TestKnowledge.Catalog.Motherboards[i]),
            Gen.Int[1, 8],
            Gen.OneOf(1.0, 2.0, 2.5, 3.0, 3.5),
            Gen.OneOf<int?>(null, 2, 3, 4),
            Gen.OneOf<int?>(null, 7, 8));

    [Fact]
    public void Returns_LayoutsWhoseCardsNeverOverlap_AndRespectBridgeAndCase() =>
        Layouts.Sample(l =>
        {
            var layout = GpuSlotPlanner.Plan(l.Board, l.Count, l.Width, l.Spacing, l.Brackets);
            if (layout is null)
            {
                return true;
            }

            var positions = layout.Slots.Select(s => s.Position).ToList();
            var apart = positions.Zip(positions.Skip(1), (a, b) => b - a).All(d => d >= Math.Ceiling(l.Width));
            var bridged = l.Spacing is null || Enumerable.Range(0, positions.Count / 2).All(i => positions[2 * i + 1] - positions[2 * i] == l.Spacing);
            var inCase = l.Brackets is null || layout.BottomBracket <= l.Brackets;
            return layout.Slots.Count == l.Count && apart && bridged && inCase && layout.Slots.All(l.Board.X16Slots.Contains);
        });

    [Fact]
    public void Returns_ALayoutWithoutTheCase_WheneverOneExistsWithIt() =>
        Layouts.Sample(l =>
            GpuSlotPlanner.Plan(l.Board, l.Count, l.Width, l.Spacing, l.Brackets) is null
            || GpuSlotPlanner.Plan(l.Board, l.Count, l.Width, l.Spacing, null) is not null);

    [Fact]
    public void Returns_EveryOtherSlot_ForFourDualSlotCardsOnWrx90()
    {
        var layout = GpuSlotPlanner.Plan(TestKnowledge.Catalog.FindMotherboard("wrx90e-sage-se"), 4, 2)!;

        layout.PositionList.ShouldBe("1, 3, 5, 7");
        layout.BottomBracket.ShouldBe(8);
    }

    [Fact]
    public void Returns_CpuSlotsBeforeChipsetSlots_ForTwoCardsOnProArt()
    {
        var layout = GpuSlotPlanner.Plan(TestKnowledge.Catalog.FindMotherboard("proart-x870e-creator-wifi"), 2, 2)!;

        layout.PositionList.ShouldBe("1, 4");
        layout.Slots.Select(layout.LanesOf).ShouldBe([8, 8]);
    }

    [Fact]
    public void Returns_Null_ForAnOddNumberOfBridgedCards() =>
        GpuSlotPlanner.Plan(TestKnowledge.Catalog.FindMotherboard("wrx90e-sage-se"), 3, 2, 2).ShouldBeNull();
}
