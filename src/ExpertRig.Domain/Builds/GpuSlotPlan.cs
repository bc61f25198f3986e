using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>Where GPUs sit on a board: top to bottom, each slot far enough below the last card for its thickness.</summary>
internal static class GpuSlotPlan
{
    /// <summary>Slot positions for up to <paramref name="count"/> cards; fewer when the board cannot seat them all directly (risers).</summary>
    public static IReadOnlyList<int> Positions(Motherboard board, Gpu gpu, int count)
    {
        var width = (int)Math.Ceiling(gpu.SlotWidth);
        var positions = new List<int>();
        foreach (var slot in board.X16Slots.OrderBy(s => s.Position))
        {
            if (positions.Count == count)
            {
                break;
            }

            if (positions.Count == 0 || slot.Position >= positions[^1] + width)
            {
                positions.Add(slot.Position);
            }
        }

        return positions;
    }
}
