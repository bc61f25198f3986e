using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// A build shape from rules/catalog/archetypes.yaml: discrete GPUs on a fixed platform, or a unified-memory system in
/// one of several memory configurations. It is a fact; <see cref="BuildConfigurator"/> turns it into a priced
/// <see cref="Build"/> for one profile. Every id is a validated catalog id.
/// </summary>
public sealed record Archetype
{
    /// <summary>Kebab-case id, e.g. <c>tier1-rtx5090</c>.</summary>
    public required string Id { get; init; }

    /// <summary>A short title for reports.</summary>
    public required string Title { get; init; }

    /// <summary>The guide section it comes from, or why it was added beyond the guide.</summary>
    public required string Source { get; init; }

    /// <summary>Caveats and deviations from the guide's parts; null when there are none.</summary>
    public string? Note { get; init; }

    /// <summary>GPU id (gpus.yaml); null for a unified-memory system.</summary>
    public string? Gpu { get; init; }

    /// <summary>How many GPUs (0 for a unified-memory system).</summary>
    public int GpuCount { get; init; }

    /// <summary>NVLink-bridged GPU pairs (one bridge each).</summary>
    public int NvlinkPairs { get; init; }

    /// <summary>True when the guide's build relies on used GPUs, so they are priced used even if the user did not accept used hardware.</summary>
    public bool UsedGpus { get; init; }

    /// <summary>Unified-memory configurations (systems.yaml ids) to choose from; empty for a discrete build.</summary>
    public IReadOnlyList<string> Systems { get; init; } = [];

    /// <summary>
    /// Units of the unified system: 1, or 2 for a two-machine cluster joined by a cluster cable (two DGX Sparks over
    /// QSFP), which the composer enumerates; the templates are single machines.
    /// </summary>
    public int SystemCount { get; init; } = 1;

    /// <summary>CPU id (cpus.yaml).</summary>
    public string? Cpu { get; init; }

    /// <summary>Motherboard id (boards.yaml).</summary>
    public string? Motherboard { get; init; }

    /// <summary>Base RAM kit id (memory.yaml); the configurator only ever adds capacity. Null lets it choose.</summary>
    public string? Memory { get; init; }

    /// <summary>Drive ids (storage.yaml): the OS drive first, then model and archive drives.</summary>
    public IReadOnlyList<string> Storage { get; init; } = [];

    /// <summary>The guide's PSUs (psus.yaml), kept when they carry the load with enough connectors; empty lets the configurator choose.</summary>
    public IReadOnlyList<string> Psus { get; init; } = [];

    /// <summary>CPU cooler id (coolers.yaml); null lets the configurator choose one for the CPU.</summary>
    public string? Cooler { get; init; }

    /// <summary>Case id (cases.yaml).</summary>
    public string? Case { get; init; }

    /// <summary>Operating systems the build runs.</summary>
    public required IReadOnlyList<OperatingSystemChoice> Os { get; init; }

    /// <summary>The inference engine the build runs when no rule prefers another.</summary>
    public required InferenceEngine Engine { get; init; }

    /// <summary>True when the configurator composed this shape from the catalog; false for the guide's templates (archetypes.yaml).</summary>
    public bool Composed { get; init; }

    /// <summary>True for a unified-memory archetype (DGX Spark, Mac).</summary>
    public bool IsUnified => Systems.Count > 0;

    /// <inheritdoc />
    public override string ToString() =>
        IsUnified ? $"Archetype {Id} ({string.Join(" | ", Systems)})" : $"Archetype {Id} ({GpuCount} × {Gpu})";
}
