namespace ExpertRig.Domain.Catalog;

/// <summary>A CPU from cpus.yaml: lanes for GPUs, memory bandwidth for offload, power for the PSU.</summary>
public sealed record Cpu : ICatalogEntry
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <inheritdoc />
    public required string Name { get; init; }

    /// <summary>Maker: amd or intel.</summary>
    public required string Vendor { get; init; }

    /// <summary>CPU socket (AM5, LGA1851, sTR5, SP3, SP5).</summary>
    public required string Socket { get; init; }

    /// <summary>Board chipsets the CPU runs on ("none" for SoC server platforms).</summary>
    public required IReadOnlyList<string> Chipsets { get; init; }

    /// <summary>Physical cores.</summary>
    public required int Cores { get; init; }

    /// <summary>Hardware threads.</summary>
    public required int Threads { get; init; }

    /// <summary>CPU PCIe lanes usable for slots and M.2 at <see cref="PcieGen"/>.</summary>
    public required int PcieLanes { get; init; }

    /// <summary>Highest PCIe generation of the CPU lanes.</summary>
    public required int PcieGen { get; init; }

    /// <summary>Extra lanes from the platform chipset where a source gives them.</summary>
    public int? ChipsetLanes { get; init; }

    /// <summary>Memory channels.</summary>
    public required int MemoryChannels { get; init; }

    /// <summary>DDR4 or DDR5.</summary>
    public required DramType MemoryType { get; init; }

    /// <summary>Highest rated memory transfer rate in MT/s.</summary>
    public required int MaxMemoryMts { get; init; }

    /// <summary>Peak memory bandwidth in GB/s (channels x MT/s x 8 bytes): the ceiling for CPU offload.</summary>
    public required double MemoryBandwidthGbs { get; init; }

    /// <summary>Largest supported memory in GB.</summary>
    public required double MaxRamGb { get; init; }

    /// <summary>True when the CPU supports ECC memory (the board must too).</summary>
    public required bool Ecc { get; init; }

    /// <summary>Rated TDP in watts.</summary>
    public required double TdpW { get; init; }

    /// <summary>Sustained package power limit in watts (AMD PPT, Intel PL2), for PSU sizing.</summary>
    public required double PeakW { get; init; }

    /// <summary>Price in US dollars.</summary>
    public required ComponentPrice PriceUsd { get; init; }

    /// <inheritdoc />
    public required string Source { get; init; }

    /// <inheritdoc />
    public string? Note { get; init; }
}
