namespace ExpertRig.Domain.Catalog;

/// <summary>A system-memory kit from memory.yaml.</summary>
public sealed record MemoryKit : ICatalogEntry
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <inheritdoc />
    public required string Name { get; init; }

    /// <summary>Total capacity of the kit in GB.</summary>
    public required double CapacityGb { get; init; }

    /// <summary>Number of DIMMs in the kit.</summary>
    public required int Modules { get; init; }

    /// <summary>DDR4 or DDR5.</summary>
    public required DramType Type { get; init; }

    /// <summary>Unbuffered, registered or load-reduced DIMMs.</summary>
    public required MemoryModuleKind Module { get; init; }

    /// <summary>True for ECC memory (always for registered DIMMs).</summary>
    public required bool Ecc { get; init; }

    /// <summary>Rated transfer rate in MT/s.</summary>
    public required int SpeedMts { get; init; }

    /// <summary>CAS latency where the source gives it.</summary>
    public int? CasLatency { get; init; }

    /// <summary>Price in US dollars.</summary>
    public required ComponentPrice PriceUsd { get; init; }

    /// <inheritdoc />
    public required string Source { get; init; }

    /// <inheritdoc />
    public string? Note { get; init; }

    /// <summary>Capacity of one DIMM in GB.</summary>
    public double ModuleGb => CapacityGb / Modules;
}
