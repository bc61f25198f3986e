namespace ExpertRig.Domain.Catalog;

/// <summary>
/// A computer whose CPU and GPU share one memory pool (DGX Spark, Mac Studio, Mac mini), from systems.yaml.
/// </summary>
public sealed record UnifiedMemorySystem : ICatalogEntry
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <inheritdoc />
    public required string Name { get; init; }

    /// <summary>Maker: apple or nvidia.</summary>
    public required string Vendor { get; init; }

    /// <summary>The system-on-chip and its core counts.</summary>
    public required string Chip { get; init; }

    /// <summary>GPU cores as the maker counts them (Apple GPU cores; SMs for NVIDIA).</summary>
    public int? GpuCores { get; init; }

    /// <summary>Total unified memory in GB.</summary>
    public required double MemoryGb { get; init; }

    /// <summary>Memory technology (LPDDR5, LPDDR5X...).</summary>
    public required string MemoryType { get; init; }

    /// <summary>Memory bandwidth in GB/s, shared by CPU and GPU.</summary>
    public required double BandwidthGbs { get; init; }

    /// <summary>GPU FP16 TFLOPS with FP32 accumulate (computed where the maker publishes none; see the entry's source).</summary>
    public required double Fp16Tflops { get; init; }

    /// <summary>GPU FP16 TFLOPS with FP16 accumulate; null when it equals <see cref="Fp16Tflops"/> (Apple GPUs).</summary>
    public double? Fp16AccumulateTflops { get; init; }

    /// <summary>Share of memory the GPU may use by default (macOS wires about 0.67-0.75).</summary>
    public required double UsableMemoryFraction { get; init; }

    /// <summary>Maximum continuous power of the whole system in watts.</summary>
    public required double PowerW { get; init; }

    /// <summary>
    /// Measured wall draw of the whole system while it decodes an LLM, in watts (source in the entry's source text);
    /// null when no measurement is catalogued, and then <see cref="PowerW"/> stands in. LLM decode is memory-bound,
    /// so the GPU and CPU draw a fraction of the supply's maximum.
    /// </summary>
    public double? InferencePowerW { get; init; }

    /// <summary>The sustained draw while running inference: the measured figure, or the rating when none is known.</summary>
    public double SustainedInferenceW => InferencePowerW ?? PowerW;

    /// <summary>
    /// Speed in Gbit/s of the network port that joins two units into a cluster (the DGX Spark's ConnectX-7 QSFP:
    /// 200); null when the system cannot be clustered. A two-unit cluster also needs a catalog
    /// <see cref="AccessoryKind.ClusterCable"/>.
    /// </summary>
    public double? ClusterLinkGbps { get; init; }

    /// <summary>Operating system it ships with.</summary>
    public required OperatingSystemKind Os { get; init; }

    /// <summary>GPU compute stack (Metal or CUDA).</summary>
    public required SoftwareStack Software { get; init; }

    /// <summary>Price in US dollars.</summary>
    public required ComponentPrice PriceUsd { get; init; }

    /// <inheritdoc />
    public required string Source { get; init; }

    /// <inheritdoc />
    public string? Note { get; init; }

    /// <summary>Memory the GPU can hold model and cache in by default, in GB.</summary>
    public double UsableMemoryGb => MemoryGb * UsableMemoryFraction;
}
