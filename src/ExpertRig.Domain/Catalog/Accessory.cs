namespace ExpertRig.Domain.Catalog;

/// <summary>An accessory from accessories.yaml (NVLink bridge, Add2PSU, GPU water loop, OS licence).</summary>
public sealed record Accessory : ICatalogEntry
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <inheritdoc />
    public required string Name { get; init; }

    /// <summary>What the accessory does.</summary>
    public required AccessoryKind Kind { get; init; }

    /// <summary>GPU ids it works with; empty when it works with any.</summary>
    public required IReadOnlyList<string> CompatibleGpus { get; init; }

    /// <summary>For bridges: slot positions between the two cards it joins.</summary>
    public int? SlotSpacing { get; init; }

    /// <summary>For bridges: total NVLink bandwidth in GB/s.</summary>
    public double? NvlinkBandwidthGbs { get; init; }

    /// <summary>For OS licences: the most RAM the edition addresses, in GB (Windows 11 Home: 128).</summary>
    public double? MaxRamGb { get; init; }

    /// <summary>Price in US dollars.</summary>
    public required ComponentPrice PriceUsd { get; init; }

    /// <inheritdoc />
    public required string Source { get; init; }

    /// <inheritdoc />
    public string? Note { get; init; }
}
