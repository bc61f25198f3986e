namespace ExpertRig.Domain.Catalog;

/// <summary>A motherboard from boards.yaml: socket, memory and the x16 slots GPUs go in.</summary>
public sealed record Motherboard : ICatalogEntry
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <inheritdoc />
    public required string Name { get; init; }

    /// <summary>Maker.</summary>
    public required string Vendor { get; init; }

    /// <summary>CPU socket; matches a socket in cpus.yaml.</summary>
    public required string Socket { get; init; }

    /// <summary>Chipset ("none" for SoC server boards); a compatible CPU lists it.</summary>
    public required string Chipset { get; init; }

    /// <summary>Board size standard.</summary>
    public required FormFactor FormFactor { get; init; }

    /// <summary>DIMM slots.</summary>
    public required int MemorySlots { get; init; }

    /// <summary>DDR4 or DDR5.</summary>
    public required DramType MemoryType { get; init; }

    /// <summary>DIMM types the board accepts.</summary>
    public required IReadOnlyList<MemoryModuleKind> MemoryModules { get; init; }

    /// <summary>Largest supported memory in GB.</summary>
    public required double MaxRamGb { get; init; }

    /// <summary>True when the board runs ECC memory.</summary>
    public required bool Ecc { get; init; }

    /// <summary>Every physically x16 slot, top to bottom.</summary>
    public required IReadOnlyList<PcieSlot> X16Slots { get; init; }

    /// <summary>M.2 sockets for NVMe drives.</summary>
    public required int M2Slots { get; init; }

    /// <summary>Price in US dollars.</summary>
    public required ComponentPrice PriceUsd { get; init; }

    /// <inheritdoc />
    public required string Source { get; init; }

    /// <inheritdoc />
    public string? Note { get; init; }
}
