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

    [Fact]
    public void PlanOnRisers_GivesEveryCardItsOwnCpuLink_AtX8OrMore_AndSplitsOnlyX16Slots() =>
        Gen.Select(Gen.Int[0, TestKnowledge.Catalog.Motherboards.Count - 1], Gen.Int[1, 16], Gen.OneOf<int?>(null, 6, 8))
            .Sample((boardIndex, count, frame) =>
            {
                var board = TestKnowledge.Catalog.Motherboards[boardIndex];
                var layout = GpuSlotPlanner.PlanOnRisers(board, count, frame);
                var cpuSlots = board.X16Slots.Count(s => s.Via == Domain.Catalog.LaneSource.Cpu);
                if (layout is null)
                {
                    // Null only when the board or the frame really cannot take the cards.
                    return count > 2 * cpuSlots || count > frame || count > cpuSlots;
                }

                var perSlot = layout.Slots.GroupBy(s => s.Position).ToDictionary(g => g.Key, g => g.Count());
                return layout.OnRisers
                    && layout.Slots.Count == count
                    && (frame is null || layout.BottomBracket <= frame)
                    && layout.Slots.All(s => s.Via == Domain.Catalog.LaneSource.Cpu && board.X16Slots.Contains(s))
                    && perSlot.All(p => p.Value == 1 || (p.Value == 2 && layout.SplitPositions.Contains(p.Key)))
                    && layout.SplitPositions.Count == Math.Max(0, count - cpuSlots)
                    && layout.Slots.All(s => layout.LanesOf(s) >= (layout.SplitPositions.Contains(s.Position) ? 8 : 1));
            });

    [Fact]
    public void PlanOnRisers_SeatsEightCardsOnRomed8_WithTheLowestX16SlotSplitX8X8()
    {
        var board = TestKnowledge.Catalog.FindMotherboard("romed8-2t");

        GpuSlotPlanner.Plan(board, 8, 2).ShouldBeNull();
        var layout = GpuSlotPlanner.PlanOnRisers(board, 8, 8)!;

        layout.PositionList.ShouldBe("1, 2, 3, 4, 5, 6, 7, 7");
        layout.SplitPositions.ShouldBe([7]);
        layout.Slots.Select(layout.LanesOf).ShouldBe([16, 8, 16, 16, 16, 16, 8, 8]);
        GpuSlotPlanner.PlanOnRisers(board, 8, 6).ShouldBeNull();
    }

    [Fact]
    public void Plan_IsTheBestPlacementOfAllCombinations_OnEveryCatalogBoard()
    {
        // The planner walks index combinations and remembers its answers; a plain search over every combination of
        // layouts (the best by IsBetterThan, the first of equals) must agree with it, layout for layout.
        foreach (var board in TestKnowledge.Catalog.Motherboards)
        {
            foreach (var (count, width, spacing, brackets) in
                from count in Enumerable.Range(1, 8)
                from width in new[] { 1.0, 2.0, 2.5, 3.0, 3.5 }
                from spacing in new int?[] { null, 2, 3, 4 }
                from brackets in new int?[] { null, 4, 7, 8 }
                select (count, width, spacing, brackets))
            {
                var expected = count > board.X16Slots.Count || (spacing != null && count % 2 != 0)
                    ? null
                    : BestOf(Combinations([.. board.X16Slots.OrderBy(s => s.Position)], count)
                        .Select(c => new GpuSlotLayout(c, GpuSlotPlanner.SlotsCovered(width)))
                        .Where(l => Allowed(l, spacing, brackets)));
                var planned = GpuSlotPlanner.Plan(board, count, width, spacing, brackets);
                Describe(planned).ShouldBe(Describe(expected), $"{board.Id}, {count} cards {width} slots thick, spacing {spacing}, brackets {brackets}");
                GpuSlotPlanner.Plan(board, count, width, spacing, brackets).ShouldBeSameAs(planned);
            }

            foreach (var count in Enumerable.Range(1, 16))
            {
                var cpuSlots = board.X16Slots.Where(s => s.Via == LaneSource.Cpu).OrderBy(s => s.Position).ToArray();
                var planned = GpuSlotPlanner.PlanOnRisers(board, count);
                if (count <= cpuSlots.Length)
                {
                    var expected = BestOf(Combinations(cpuSlots, count).Select(c => new GpuSlotLayout(c, 1) { OnRisers = true }));
                    Describe(planned).ShouldBe(Describe(expected), $"{board.Id}, {count} cards on risers");
                }
            }
        }
    }

    private static string Describe(GpuSlotLayout? layout) =>
        layout is null ? "none"
        : $"{string.Join(",", layout.Slots.Select(s => $"{s.Position}:{s.Lanes}/{s.LanesShared}:{s.Via}"))} per card {layout.SlotsPerCard} risers {layout.OnRisers} split {string.Join(",", layout.SplitPositions)}";

    private static GpuSlotLayout? BestOf(IEnumerable<GpuSlotLayout> layouts)
    {
        GpuSlotLayout? best = null;
        foreach (var layout in layouts)
        {
            if (best is null || layout.IsBetterThan(best))
            {
                best = layout;
            }
        }

        return best;
    }

    private static bool Allowed(GpuSlotLayout layout, int? spacing, int? brackets)
    {
        var positions = layout.Slots.Select(s => s.Position).ToList();
        return positions.Zip(positions.Skip(1), (a, b) => b - a).All(d => d >= layout.SlotsPerCard)
            && (spacing is null || Enumerable.Range(0, positions.Count / 2).All(i => positions[2 * i + 1] - positions[2 * i] == spacing))
            && (brackets is null || layout.BottomBracket <= brackets);
    }

    private static IEnumerable<PcieSlot[]> Combinations(PcieSlot[] slots, int count, int start = 0)
    {
        if (count == 0)
        {
            yield return [];
            yield break;
        }

        for (var i = start; i <= slots.Length - count; i++)
        {
            foreach (var rest in Combinations(slots, count - 1, i + 1))
            {
                yield return [slots[i], .. rest];
            }
        }
    }
}
