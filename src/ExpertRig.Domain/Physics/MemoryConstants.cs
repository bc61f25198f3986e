namespace ExpertRig.Domain.Physics;

/// <summary>Constants of the memory model.</summary>
/// <param name="KvBytesPerElement">Bytes per cached element for each KV cache type (ggml block layouts).</param>
/// <param name="ComputeBufferUbatchTokens">Tokens per micro-batch that llama.cpp reserves its compute buffer for.</param>
/// <param name="ComputeBufferHiddenWidths">FP32 activation rows of width <c>hidden</c> per micro-batch token in the compute buffer.</param>
/// <param name="VllmGpuMemoryUtilization">Share of VRAM vLLM claims by default (weights, activations and KV pool).</param>
/// <param name="SystemRamReservedGb">System RAM kept for the operating system when layers are offloaded.</param>
/// <param name="Source">Where the numbers come from.</param>
public sealed record MemoryConstants(
    IReadOnlyDictionary<KvCacheType, double> KvBytesPerElement,
    int ComputeBufferUbatchTokens,
    double ComputeBufferHiddenWidths,
    double VllmGpuMemoryUtilization,
    double SystemRamReservedGb,
    string Source)
{
    /// <summary>
    /// Bits per weight of the routed-expert tensors of an MXFP4 file (ggml block_mxfp4: one E8M0 scale byte and 16
    /// bytes of E2M1 values per 32 weights = 4.25 bits).
    /// </summary>
    public double Mxfp4ExpertBits { get; init; } = 4.25;

    /// <summary>
    /// Average bits per weight of everything else in an MXFP4 file (attention, router, embeddings, output head), which
    /// gpt-oss keeps at higher precision; solved from the published gpt-oss GGUF sizes.
    /// </summary>
    public double Mxfp4OtherBits { get; init; } = 4.25;
}
