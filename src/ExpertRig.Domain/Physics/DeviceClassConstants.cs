namespace ExpertRig.Domain.Physics;

/// <summary>Calibrated efficiencies of one <see cref="DeviceClass"/> (see docs/performance-model.md for each fit).</summary>
/// <param name="BandwidthEfficiency">Share of peak memory bandwidth that decode achieves on quantized weights.</param>
/// <param name="PerLayerOverheadMicroseconds">Fixed time per transformer layer per token (kernel launches, synchronisation).</param>
/// <param name="PromptComputeEfficiency">Share of the engine's dense FP16 rate (<see cref="DeviceSpec.TensorTflops"/>) that prompt processing achieves.</param>
/// <param name="BatchedDecodeComputeEfficiency">Share of the engine's dense FP16 rate that each extra concurrent sequence costs in llama.cpp.</param>
/// <param name="RuntimeOverheadGb">Memory each accelerator loses to the runtime (CUDA/ROCm context, Metal residency).</param>
/// <param name="UsableMemoryFraction">Default share of memory the accelerator may allocate (below 1 for unified memory).</param>
/// <param name="Source">Where the numbers come from.</param>
public sealed record DeviceClassConstants(
    double BandwidthEfficiency,
    double PerLayerOverheadMicroseconds,
    double PromptComputeEfficiency,
    double BatchedDecodeComputeEfficiency,
    double RuntimeOverheadGb,
    double UsableMemoryFraction,
    string Source)
{
    /// <summary>
    /// Attention work per cached token per layer per decoded token, beyond streaming its bytes (the softmax and
    /// dot products over the cache); fitted on depth sweeps, 0 for classes without one.
    /// </summary>
    public double AttentionNanosecondsPerCachedToken { get; init; }

    /// <summary>
    /// Extra fixed time per token for each layer with routed experts, beyond <see cref="PerLayerOverheadMicroseconds"/>:
    /// the router matmul, top-k, softmax of the chosen weights, the expert-indexed matmuls and the weighted sum are
    /// about eight more kernels than a dense feed-forward block (llama.cpp build_moe_ffn), and backends fuse them to
    /// different degrees. Fitted where the class × backend has a depth sweep with MoE and dense rows; the other pairs share
    /// one value fitted on their rows together (docs/performance-model.md, Decode).
    /// </summary>
    public double MoeLayerMicroseconds { get; init; }

    /// <summary>The backend these numbers were measured on (the class's default backend).</summary>
    public Backend Backend { get; init; }

    /// <summary>
    /// The other backends calibrated for the class, each with its own efficiencies and overhead (the memory figures
    /// are the class's); empty when the class has one backend.
    /// </summary>
    public IReadOnlyList<DeviceClassConstants> OtherBackends { get; init; } = [];

    /// <summary>
    /// True when a build that names no backend runs on whichever calibrated backend finishes the workload sooner
    /// (AMD: ROCm or Vulkan); false keeps the default backend and uses the others only when asked for (NVIDIA stays
    /// on CUDA: its Vulkan rows are 2026 builds, its CUDA rows mostly 2024, so comparing them would favour the newer build).
    /// </summary>
    public bool ChoosesFastestBackend { get; init; }

    /// <summary>
    /// Bandwidth efficiency of each chip of the class that has its own fit (Apple: M1 Max, M2 Ultra …), with the
    /// class's per-layer overhead and attention cost; a chip not listed uses <see cref="BandwidthEfficiency"/>.
    /// </summary>
    public IReadOnlyDictionary<string, double> ChipEfficiencies { get; init; } = new Dictionary<string, double>();
}
