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
}
