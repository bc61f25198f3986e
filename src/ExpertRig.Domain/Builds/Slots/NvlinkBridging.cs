using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>Which NVLink bridges a build really has, and whether its board can seat the bridged pairs.</summary>
public static class NvlinkBridging
{
    /// <summary>Bridges fitted to the build that work with its GPU and are priced in its bill of materials.</summary>
    public static IReadOnlyList<Accessory> BridgesInBill(Build build) =>
        build.Gpu is not { } gpu
            ? []
            : [.. build.Accessories.Where(a => a.Kind == AccessoryKind.NvlinkBridge
                && (a.CompatibleGpus.Count == 0 || a.CompatibleGpus.Contains(gpu.Id))
                && build.Components.Any(c => c.Id == a.Id))];

    /// <summary>How many bridges the bill of materials buys (compatible ones only).</summary>
    public static int BridgesBilled(Build build)
    {
        var ids = BridgesInBill(build).Select(b => b.Id).ToHashSet();
        return build.Components.Where(c => ids.Contains(c.Id)).Sum(c => c.Quantity);
    }

    /// <summary>Bridges a bridged build needs: one per pair of cards.</summary>
    public static int BridgesNeeded(Build build) => Math.Max(1, build.GpuCount / 2);

    /// <summary>True when the board has disjoint slot pairs at one of the bridges' spacings for every card.</summary>
    public static bool CanSeatPairs(Build build) =>
        build.Motherboard is { } board
        && BridgesInBill(build).Any(b => GpuSlotPlanner.Plan(board, build.GpuCount, GpuSlotPlanner.CardWidth(build), b.SlotSpacing) != null);

    /// <summary>The spacings of the bridges in the bill, e.g. "3 or 4".</summary>
    public static string SpacingList(Build build) =>
        string.Join(" or ", BridgesInBill(build).Select(b => b.SlotSpacing).Distinct());
}
