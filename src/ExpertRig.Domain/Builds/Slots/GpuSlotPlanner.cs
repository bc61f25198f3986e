using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// Places GPUs in a motherboard's x16 slots the way a builder would: cards may not overlap (two cards sit at least
/// their thickness apart), NVLink pairs sit exactly the bridge's spacing apart, and the lowest card must still have
/// rear brackets in the case. Boards have at most seven x16 slots, so every combination is tried.
/// </summary>
public static class GpuSlotPlanner
{
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

        var covered = SlotsCovered(slotWidth);
        var slots = board.X16Slots.OrderBy(s => s.Position).ToArray();
        return Best(Combinations(slots, gpuCount).Select(chosen => new GpuSlotLayout(chosen, covered))
            .Where(plan => Allows(plan, bridgeSpacing, caseBrackets)));
    }

    // The best of the placements (GpuSlotLayout.IsBetterThan), the first of equals; null when there are none.
    private static GpuSlotLayout? Best(IEnumerable<GpuSlotLayout> plans)
    {
        GpuSlotLayout? best = null;
        foreach (var plan in plans)
        {
            if (best is null || plan.IsBetterThan(best))
            {
                best = plan;
            }
        }

        return best;
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
        var cpuSlots = board.X16Slots.Where(s => s.Via == LaneSource.Cpu).OrderBy(s => s.Position).ToArray();
        if (gpuCount < 1 || gpuCount > 2 * cpuSlots.Length || (framePositions is { } positions && gpuCount > positions))
        {
            return null;
        }

        if (gpuCount <= cpuSlots.Length)
        {
            return Best(Combinations(cpuSlots, gpuCount).Select(chosen => new GpuSlotLayout(chosen, 1) { OnRisers = true }));
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

    private static bool Allows(GpuSlotLayout plan, int? bridgeSpacing, int? caseBrackets)
    {
        for (var i = 1; i < plan.Slots.Count; i++)
        {
            if (plan.Slots[i].Position - plan.Slots[i - 1].Position < plan.SlotsPerCard)
            {
                return false;
            }
        }

        for (var i = 1; bridgeSpacing != null && i < plan.Slots.Count; i += 2)
        {
            if (plan.Slots[i].Position - plan.Slots[i - 1].Position != bridgeSpacing)
            {
                return false;
            }
        }

        return caseBrackets == null || plan.BottomBracket <= caseBrackets;
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
