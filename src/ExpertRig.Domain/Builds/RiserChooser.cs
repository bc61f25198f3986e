using System.Globalization;
using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// Riser cables (and x8/x8 bifurcation adapters) for a build of more than <see cref="MaxCardsInSlots"/> cards whose
/// board cannot seat them directly: one cable
/// per card from its own CPU-wired slot (<see cref="GpuSlotPlanner.PlanOnRisers"/>), one adapter per slot split for
/// two cards, each the cheapest in the catalog. Nothing when the cards fit in the slots, when even risers cannot seat
/// them, or when the catalog lacks the parts (then the slot rules reject the build as before).
/// </summary>
public static class RiserChooser
{
    /// <summary>
    /// Most cards a build keeps in the board's slots, as the guide's Tier 3 seats four; more hang on risers in an open
    /// frame, as in the guide's 8× RTX 3090 server. Fewer cards that do not fit the slots are rejected by the slot
    /// rules instead, so existing four-card builds keep their meaning.
    /// </summary>
    public const int MaxCardsInSlots = 4;

    /// <summary>The riser lines for <paramref name="count"/> cards <paramref name="slotWidth"/> slots thick on the board.</summary>
    public static IReadOnlyList<(Accessory Part, int Quantity, string Reason)> Choose(
        Motherboard board, Gpu gpu, int count, double slotWidth, Catalog.Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(gpu);
        ArgumentNullException.ThrowIfNull(catalog);
        if (count <= MaxCardsInSlots || GpuSlotPlanner.Plan(board, count, slotWidth) is not null
            || GpuSlotPlanner.PlanOnRisers(board, count) is not { } plan)
        {
            return [];
        }

        var cable = Cheapest(catalog, AccessoryKind.RiserCable);
        var adapter = plan.SplitPositions.Count > 0 ? Cheapest(catalog, AccessoryKind.BifurcationAdapter) : null;
        if (cable is null || (plan.SplitPositions.Count > 0 && adapter is null))
        {
            return [];
        }

        var slots = plan.Slots.Select(s => s.Position).Distinct().ToList();
        var lines = new List<(Accessory, int, string)>
        {
            (cable, count,
                $"One riser cable per card: the {board.Name} cannot seat {count} cards {Figures.Number(Math.Ceiling(slotWidth), 0)} slots thick directly, "
                + $"so each hangs on a riser from a CPU-wired slot ({Range(slots)})."),
        };
        if (adapter is not null)
        {
            var split = string.Join(" and ", plan.SplitPositions.Select(p => p.ToString(CultureInfo.InvariantCulture)));
            lines.Add((adapter, plan.SplitPositions.Count,
                $"Bifurcates slot{(plan.SplitPositions.Count > 1 ? "s" : string.Empty)} {split} x8/x8 for two cards each on risers: "
                + $"{BuildText.Times(2 * plan.SplitPositions.Count, gpu.Name)} there run at x8, the guide's minimum for multi-GPU inference."));
        }

        return lines;
    }

    /// <summary>Riser parts' price the platform search adds to its lower bound; null when the catalog cannot put the cards on risers.</summary>
    public static double? PriceUsd(Motherboard board, Gpu gpu, int count, Catalog.Catalog catalog)
    {
        var lines = Choose(board, gpu, count, gpu.SlotWidth, catalog);
        return lines.Count == 0 ? null : lines.Sum(l => l.Quantity * ComponentPrice.UnitPrice(l.Part.PriceUsd.Range));
    }

    private static Accessory? Cheapest(Catalog.Catalog catalog, AccessoryKind kind) =>
        catalog.Accessories.Where(a => a.Kind == kind)
            .OrderBy(a => ComponentPrice.UnitPrice(a.PriceUsd.Range)).ThenBy(a => a.Id, StringComparer.Ordinal)
            .FirstOrDefault();

    private static string Range(List<int> positions) =>
        positions.Count > 2 && positions[^1] - positions[0] == positions.Count - 1
            ? string.Create(CultureInfo.InvariantCulture, $"slots {positions[0]}–{positions[^1]}")
            : "slots " + string.Join(", ", positions.Select(p => p.ToString(CultureInfo.InvariantCulture)));
}
