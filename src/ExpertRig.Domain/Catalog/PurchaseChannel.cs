using ExpertRig.Domain.Builds;

namespace ExpertRig.Domain.Catalog;

/// <summary>
/// One entry of purchase-channels.yaml: where the guide says to buy the bill-of-materials lines that meet its
/// conditions. Each condition lists the values it accepts; a condition left out holds for every line, and an entry
/// without conditions holds for all.
/// </summary>
public sealed record PurchaseChannel : ICatalogEntry
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <inheritdoc />
    public required string Name { get; init; }

    /// <summary>Kinds of part (gpu, system, cpu …).</summary>
    public ComponentCategory[]? Categories { get; init; }

    /// <summary>True for lines bought used, false for lines bought new.</summary>
    public bool? Used { get; init; }

    /// <summary>Catalog ids of the parts.</summary>
    public IReadOnlyList<string>? Parts { get; init; }

    /// <summary>Classes of the GPU (consumer, workstation, datacenter).</summary>
    public GpuClass[]? GpuClasses { get; init; }

    /// <summary>Whether the GPU has an NVLink connector.</summary>
    public bool? Nvlink { get; init; }

    /// <summary>Vendors of the GPU, CPU or system, as the catalog spells them (nvidia, amd, intel, apple).</summary>
    public IReadOnlyList<string>? Vendors { get; init; }

    /// <summary>Kinds of the accessory (nvlink-bridge, add2psu, gpu-water-loop, riser-cable, bifurcation-adapter, os-licence).</summary>
    public AccessoryKind[]? AccessoryKinds { get; init; }

    /// <summary>Where to buy, as the report shows it.</summary>
    public required string Channel { get; init; }

    /// <inheritdoc />
    public required string Source { get; init; }

    /// <inheritdoc />
    public string? Note { get; init; }

    /// <summary>True when the entry has no conditions: it holds for every line.</summary>
    public bool IsCatchAll =>
        Categories is null && Used is null && Parts is null && GpuClasses is null && Nvlink is null && Vendors is null && AccessoryKinds is null;

    /// <summary>True when every condition holds for <paramref name="line"/>, whose catalog entry is <paramref name="part"/> (null when unknown).</summary>
    public bool Matches(BuildComponent line, ICatalogEntry? part) =>
        (Categories is null || Categories.Contains(line.Category))
        && (Used is null || Used == line.Used)
        && (Parts is null || Parts.Contains(line.Id, StringComparer.Ordinal))
        && (GpuClasses is null || (part is Gpu gpu && GpuClasses.Contains(gpu.Class)))
        && (Nvlink is null || (part is Gpu card && card.Nvlink == Nvlink))
        && (Vendors is null || (VendorOf(part) is { } vendor && Vendors.Contains(vendor, StringComparer.OrdinalIgnoreCase)))
        && (AccessoryKinds is null || (part is Accessory accessory && AccessoryKinds.Contains(accessory.Kind)));

    private static string? VendorOf(ICatalogEntry? part) => part switch
    {
        Gpu gpu => gpu.Vendor,
        Cpu cpu => cpu.Vendor,
        UnifiedMemorySystem system => system.Vendor,
        _ => null,
    };
}
