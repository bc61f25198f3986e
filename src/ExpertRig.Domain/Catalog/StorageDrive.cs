namespace ExpertRig.Domain.Catalog;

/// <summary>A drive from storage.yaml; its read speed sets how long a model takes to load.</summary>
public sealed record StorageDrive : ICatalogEntry
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <inheritdoc />
    public required string Name { get; init; }

    /// <summary>NVMe SSD or hard disk.</summary>
    public required StorageKind Kind { get; init; }

    /// <summary>Host link.</summary>
    public required StorageInterface Interface { get; init; }

    /// <summary>Capacity in TB.</summary>
    public required double CapacityTb { get; init; }

    /// <summary>Sequential read in MB/s.</summary>
    public required double ReadMbs { get; init; }

    /// <summary>Rated endurance in terabytes written; null for hard disks.</summary>
    public double? EnduranceTbw { get; init; }

    /// <summary>Price in US dollars.</summary>
    public required ComponentPrice PriceUsd { get; init; }

    /// <inheritdoc />
    public required string Source { get; init; }

    /// <inheritdoc />
    public string? Note { get; init; }
}
