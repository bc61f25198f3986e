using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// Places GPUs in a motherboard's x16 slots the way a builder would: cards may not overlap (two cards sit at least
/// their thickness apart), NVLink pairs sit exactly the bridge's spacing apart, and the lowest card must still have
/// rear brackets in the case. Boards have at most seven x16 slots, so every combination is tried.
/// </summary>
public static class GpuSlotPlanner
{
    // The board's slots by position (a stable order) and the layouts already worked out for it. A board is a catalog
    // record (a price file makes new ones), so the table holds it weakly and never sees it change.
    private static readonly ConditionalWeakTable<Motherboard, BoardSlots> Boards = [];

    private static readonly ConditionalWeakTable<Build, Placement> Placements = [];

    /// <summary>Expansion slots a card covers: its thickness rounded up (a 2.5-slot card blocks three).</summary>
    public static int SlotsCovered(double slotWidth) => (int)Math.Ceiling(slotWidth - 1e-9);

    /// <summary>
    /// Thickness of the build's cards in slots: one when a custom water loop for them is in the build (full-cover
    /// blocks make any card single-slot, per the catalog's water-loop note), else the catalog thickness.
    /// </summary>
    public static double CardWidth(Build build) =>
        build.Gpu is null ? 0
        : build.Accessories.Any(a => a.Kind == AccessoryKind.GpuWaterLoop && Fits(a, build.Gpu)) ? 1
        : build.Gpu.SlotWidth;

    /// <summary>The best placement of <paramref name="gpuCount"/> cards, or null when none exists.</summary>
    /// <param name="board">The motherboard.</param>
    /// <param name="gpuCount">Cards to place.</param>
    /// <param name="slotWidth">Card thickness in slots.</param>
    /// <param name="bridgeSpacing">When bridged in NVLink pairs: the bridge's slot spacing.</param>
    /// <param name="caseBrackets">When the case is known: its rear expansion brackets.</param>
    public static GpuSlotLayout? Plan(
        Motherboard board, int gpuCount, double slotWidth, int? bridgeSpacing = null, int? caseBrackets = null)
    {
        if (gpuCount < 1 || gpuCount > board.X16Slots.Count || (bridgeSpacing != null && gpuCount % 2 != 0))
        {
            return null;
        }

        // A pure function of the board and the four figures: each answer is worked out once per board.
        var covered = SlotsCovered(slotWidth);
        var slots = SlotsOf(board);
        return slots.Plans.GetOrAdd(
            (gpuCount, covered, bridgeSpacing, caseBrackets),
            static (key, slots) => Search(slots.Ordered, key.Count, key.Covered, key.Spacing, key.Brackets, onRisers: false),
            slots);
    }

    private static BoardSlots SlotsOf(Motherboard board) => Boards.GetValue(board, static b => new BoardSlots(b));

    private sealed class BoardSlots(Motherboard board)
    {
        public PcieSlot[] Ordered { get; } = [.. board.X16Slots.OrderBy(s => s.Position)];

        public PcieSlot[] CpuWired { get; } = [.. board.X16Slots.Where(s => s.Via == LaneSource.Cpu).OrderBy(s => s.Position)];

        public ConcurrentDictionary<(int Count, int Covered, int? Spacing, int? Brackets), GpuSlotLayout?> Plans { get; } = new();

        public ConcurrentDictionary<int, GpuSlotLayout?> OnRisers { get; } = new();
    }

    /// <summary>
    /// The best of every placement of <paramref name="count"/> cards in <paramref name="slots"/> (more CPU-wired slots,
    /// then more lanes, then fewer case brackets: <see cref="GpuSlotLayout.IsBetterThan"/>), the first of equals in the
    /// order the combinations are listed (lowest positions first); null when there is none. In the slots a placement
    /// must be one <see cref="Allows"/>; on risers every placement counts and all need the same brackets. The
    /// combinations are walked as index arrays and only the winner becomes a layout.
    /// </summary>
    private static GpuSlotLayout? Search(PcieSlot[] slots, int count, int covered, int? spacing, int? brackets, bool onRisers)
    {
        Span<int> chosen = stackalloc int[count];
        Span<int> best = stackalloc int[count];
        var found = false;
        int bestCpu = 0, bestLanes = 0, bestBottom = 0;
        for (var i = 0; i < count; i++)
        {
            chosen[i] = i;
        }

        while (true)
        {
            if (onRisers || Allows(slots, chosen, covered, spacing, brackets))
            {
                var (cpu, lanes) = CpuSlotsAndLanes(slots, chosen);
                var bottom = onRisers ? count : slots[chosen[^1]].Position + covered - 1;
                if (!found || cpu > bestCpu || (cpu == bestCpu && (lanes > bestLanes || (lanes == bestLanes && bottom < bestBottom))))
                {
                    found = true;
                    (bestCpu, bestLanes, bestBottom) = (cpu, lanes, bottom);
                    chosen.CopyTo(best);
                }
            }

            if (!Next(chosen, slots.Length))
            {
                break;
            }
        }

        if (!found)
        {
            return null;
        }

        var layout = new PcieSlot[count];
        for (var i = 0; i < count; i++)
        {
            layout[i] = slots[best[i]];
        }

        return new GpuSlotLayout(layout, covered) { OnRisers = onRisers };
    }

    // The next combination of chosen.Length indexes below n in lexicographic order; false after the last.
    private static bool Next(Span<int> chosen, int n)
    {
        var k = chosen.Length;
        var i = k - 1;
        while (i >= 0 && chosen[i] == n - k + i)
        {
            i--;
        }

        if (i < 0)
        {
            return false;
        }

        chosen[i]++;
        for (var j = i + 1; j < k; j++)
        {
            chosen[j] = chosen[j - 1] + 1;
        }

        return true;
    }

    // GpuSlotLayout.CpuSlotCount and the sum of its LanesOf for cards in the chosen slots (no slot split).
    private static (int Cpu, int Lanes) CpuSlotsAndLanes(PcieSlot[] slots, ReadOnlySpan<int> chosen)
    {
        var cpu = 0;
        foreach (var i in chosen)
        {
            cpu += slots[i].Via == LaneSource.Cpu ? 1 : 0;
        }

        var lanes = 0;
        foreach (var i in chosen)
        {
            var slot = slots[i];
            lanes += slot.Via == LaneSource.Cpu && cpu > 1 ? slot.LanesWhenShared : slot.Lanes;
        }

        return (cpu, lanes);
    }

    /// <summary>Lanes a slot must have to be bifurcated x8/x8 for two cards on risers.</summary>
    public const int SplittableLanes = 16;

    /// <summary>
    /// The placement of <paramref name="gpuCount"/> cards on PCIe risers (an open frame): each card on its own
    /// CPU-wired x16-size slot, whatever its thickness; when there are more cards than such slots, the lowest slots
    /// that still run at x16 are bifurcated x8/x8 and carry two cards each. Null when the board has too few slots
    /// even split, or the frame has fewer card positions than cards.
    /// </summary>
    /// <param name="board">The motherboard.</param>
    /// <param name="gpuCount">Cards to place.</param>
    /// <param name="framePositions">When the frame is known: how many cards it holds.</param>
    public static GpuSlotLayout? PlanOnRisers(Motherboard board, int gpuCount, int? framePositions = null)
    {
        ArgumentNullException.ThrowIfNull(board);
        var slots = SlotsOf(board);
        if (gpuCount < 1 || gpuCount > 2 * slots.CpuWired.Length || (framePositions is { } positions && gpuCount > positions))
        {
            return null;
        }

        return slots.OnRisers.GetOrAdd(gpuCount, static (count, cpuSlots) => SearchOnRisers(cpuSlots, count), slots.CpuWired);
    }

    private static GpuSlotLayout? SearchOnRisers(PcieSlot[] cpuSlots, int gpuCount)
    {
        if (gpuCount <= cpuSlots.Length)
        {
            return Search(cpuSlots, gpuCount, 1, null, null, onRisers: true);
        }

        // Every CPU slot is used; the widest of them, lowest first, give way to a second card each.
        var all = new GpuSlotLayout(cpuSlots, 1) { OnRisers = true };
        var splits = cpuSlots.Where(s => all.LanesOf(s) >= SplittableLanes)
            .OrderByDescending(s => s.Position)
            .Take(gpuCount - cpuSlots.Length)
            .Select(s => s.Position)
            .ToList();
        if (splits.Count < gpuCount - cpuSlots.Length)
        {
            return null;
        }

        var cards = cpuSlots.SelectMany(s => splits.Contains(s.Position) ? new[] { s, s } : [s]).ToList();
        return new GpuSlotLayout(cards, 1) { OnRisers = true, SplitPositions = [.. splits.Order()] };
    }

    /// <summary>
    /// The riser placement of a build whose bill of materials buys a riser cable for every card and a bifurcation
    /// adapter for every split slot; null for a build that has no such bill or whose board cannot take the cards
    /// even on risers.
    /// </summary>
    public static GpuSlotLayout? RiserPlanFor(Build build)
    {
        ArgumentNullException.ThrowIfNull(build);
        if (build.Gpu is null || build.Motherboard is not { } board
            || build.Accessories.Count(a => a.Kind == AccessoryKind.RiserCable) < build.GpuCount
            || PlanOnRisers(board, build.GpuCount) is not { } plan)
        {
            return null;
        }

        return build.Accessories.Count(a => a.Kind == AccessoryKind.BifurcationAdapter) >= plan.SplitPositions.Count ? plan : null;
    }

    /// <summary>True when the build's cards hang on the riser cables (and adapters) its bill of materials buys.</summary>
    public static bool IsOnRisers(Build build) => RiserPlanFor(build) is not null;

    /// <summary>
    /// The placement the build would be assembled with: on its risers when it buys them; else in the slots with the
    /// cards' thickness always, then as many of bridge spacing and case brackets as can be respected (the NVLink and
    /// case rules report the ones that cannot), so the lane rules still see where the cards go. Null when the board
    /// cannot seat the cards at all.
    /// </summary>
    public static GpuSlotLayout? PlanFor(Build build)
    {
        ArgumentNullException.ThrowIfNull(build);
        return Placements.GetValue(build, static b => new Placement(Place(b))).Layout;
    }

    // PlanFor, worked out once per build: a build is an immutable fact the slot and lane rules ask about again and again.
    private static GpuSlotLayout? Place(Build build)
    {
        if (build.Gpu is null || build.Motherboard is not { } board)
        {
            return null;
        }

        if (RiserPlanFor(build) is { } onRisers)
        {
            return onRisers;
        }

        IEnumerable<int?> spacings = build.UsesNvlink ? NvlinkBridging.BridgesInBill(build).Select(b => b.SlotSpacing) : [];
        int?[] brackets = [build.Case?.ExpansionSlots, null];
        return spacings.Append(null)
            .SelectMany(spacing => brackets.Select(caseBrackets => (spacing, caseBrackets)))
            .Select(c => Plan(board, build.GpuCount, CardWidth(build), c.spacing, c.caseBrackets))
            .FirstOrDefault(plan => plan != null);
    }

    private static bool Fits(Accessory accessory, Gpu gpu) =>
        accessory.CompatibleGpus.Count == 0 || accessory.CompatibleGpus.Contains(gpu.Id);

    // No two cards closer than their thickness, NVLink pairs exactly the bridge's spacing apart, the lowest card's
    // brackets inside the case.
    private static bool Allows(PcieSlot[] slots, ReadOnlySpan<int> chosen, int covered, int? bridgeSpacing, int? caseBrackets)
    {
        for (var i = 1; i < chosen.Length; i++)
        {
            if (slots[chosen[i]].Position - slots[chosen[i - 1]].Position < covered)
            {
                return false;
            }
        }

        for (var i = 1; bridgeSpacing != null && i < chosen.Length; i += 2)
        {
            if (slots[chosen[i]].Position - slots[chosen[i - 1]].Position != bridgeSpacing)
            {
                return false;
            }
        }

        return caseBrackets == null || slots[chosen[^1]].Position + covered - 1 <= caseBrackets;
    }

    private sealed record Placement(GpuSlotLayout? Layout);
}
