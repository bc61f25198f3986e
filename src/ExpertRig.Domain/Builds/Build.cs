using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// A complete, priced system configured for one archetype: either discrete GPUs in a PC (GPU, CPU, board, RAM,
/// storage, PSU, cooler, case, accessories) or one unified-memory system. It is a fact: rules check, predict,
/// endorse and rank it.
/// </summary>
public sealed record Build
{
    /// <summary>The archetype id, e.g. <c>tier1-rtx5090</c>.</summary>
    public required string Archetype { get; init; }

    /// <summary>A short title, e.g. "Tier 1 — single RTX 5090 workstation".</summary>
    public required string Title { get; init; }

    /// <summary>The guide section the archetype comes from, or the reason it was added beyond the guide.</summary>
    public required string Source { get; init; }

    /// <summary>The GPU model (null for a unified-memory system).</summary>
    public Gpu? Gpu { get; init; }

    /// <summary>How many GPUs.</summary>
    public int GpuCount { get; init; }

    /// <summary>The unified-memory system, when the build is one.</summary>
    public UnifiedMemorySystem? System { get; init; }

    /// <summary>Units of <see cref="System"/>: 1, or 2 for a two-machine cluster over the cluster cable in <see cref="Accessories"/>.</summary>
    public int SystemCount { get; init; } = 1;

    /// <summary>True for a cluster of unified systems (two DGX Sparks joined over QSFP): two machines, not one.</summary>
    public bool IsCluster => System is not null && SystemCount > 1;

    /// <summary>The processor (null for a unified-memory system).</summary>
    public Cpu? Cpu { get; init; }

    /// <summary>The motherboard.</summary>
    public Motherboard? Motherboard { get; init; }

    /// <summary>The RAM kit.</summary>
    public MemoryKit? Memory { get; init; }

    /// <summary>How many RAM kits.</summary>
    public int MemoryKitCount { get; init; }

    /// <summary>The power supply model.</summary>
    public PowerSupply? Psu { get; init; }

    /// <summary>How many power supplies (two or more above ~2,000 W, synchronised by an Add2PSU adapter).</summary>
    public int PsuCount { get; init; }

    /// <summary>The CPU cooler.</summary>
    public CpuCooler? Cooler { get; init; }

    /// <summary>The case.</summary>
    public PcCase? Case { get; init; }

    /// <summary>Drives, OS drive first.</summary>
    public IReadOnlyList<StorageDrive> Storage { get; init; } = [];

    /// <summary>NVLink bridges, Add2PSU, custom loops …</summary>
    public IReadOnlyList<Accessory> Accessories { get; init; } = [];

    /// <summary>True when the GPUs are bridged in NVLink pairs.</summary>
    public bool UsesNvlink { get; init; }

    /// <summary>The power limit the user sets on the discrete GPUs (the profile's <c>gpu_power_limit_percent</c>); stock when none.</summary>
    public GpuPowerLimit PowerLimit { get; init; } = GpuPowerLimit.Stock;

    /// <summary>True when the GPUs are bought used.</summary>
    public bool UsedGpus { get; init; }

    /// <summary>Operating systems the archetype runs; empty when not stated (hand-made builds).</summary>
    public IReadOnlyList<OperatingSystemChoice> SupportedOs { get; init; } = [];

    /// <summary>The engine the archetype runs when no rule prefers another.</summary>
    public Physics.InferenceEngine DefaultEngine { get; init; } = Physics.InferenceEngine.LlamaCpp;

    /// <summary>
    /// Parts the configurator needed but found no catalog entry for, one sentence each (e.g. no DDR4 RDIMM kit for an
    /// SP3 board); the build is incomplete while any remain, and a rule should reject it.
    /// </summary>
    public IReadOnlyList<string> Gaps { get; init; } = [];

    /// <summary>The bill of materials.</summary>
    public required IReadOnlyList<BuildComponent> Components { get; init; }

    /// <summary>True when the configurator composed the build from the catalog rather than from one of the guide's templates.</summary>
    public bool Composed { get; init; }

    /// <summary>True for DGX Spark, Mac Studio and Mac mini builds.</summary>
    public bool IsUnified => System is not null;

    /// <summary>Sum of the bill of materials.</summary>
    public double TotalPriceUsd => Components.Sum(c => c.SubtotalUsd);

    /// <summary>GPU memory across all cards (for a unified system: the memory the GPU may use by default).</summary>
    public double AcceleratorMemoryGb => System is { } system ? system.UsableMemoryGb * SystemCount : (Gpu?.VramGb ?? 0) * GpuCount;

    /// <summary>System RAM (for a unified system: all of its memory, every unit's).</summary>
    public double SystemRamGb => System is { } system ? system.MemoryGb * SystemCount : (Memory?.CapacityGb ?? 0) * MemoryKitCount;

    /// <inheritdoc />
    public override string ToString() => $"Build {Archetype} ({Figures.Usd(TotalPriceUsd)})";
}
