namespace ExpertRig.Domain.Physics;

/// <summary>Decode constants shared by every device class.</summary>
/// <param name="UnquantizedStreamFactor">How much faster per byte 16-bit weights stream than quantized ones (no dequantization).</param>
/// <param name="LayerSplitHopMilliseconds">Time per token for each hand-off between GPUs under llama.cpp layer split.</param>
/// <param name="CpuBandwidthEfficiency">Share of theoretical RAM bandwidth that CPU-offloaded layers achieve.</param>
/// <param name="Source">Where the numbers come from.</param>
public sealed record DecodeConstants(
    double UnquantizedStreamFactor,
    double LayerSplitHopMilliseconds,
    double CpuBandwidthEfficiency,
    string Source)
{
    /// <summary>Fixed time per token for each layer whose routed experts the CPU runs (hand-off to the CPU and back).</summary>
    public double CpuExpertLayerMicroseconds { get; init; }
}
