namespace ExpertRig.Domain.Physics;

/// <summary>
/// How a model's KV cache grows with the tokens of one sequence, per layer kind: full-attention layers keep every token,
/// sliding-window layers at most their window, chunked layers at most one chunk, linear-attention layers a fixed state
/// (whatever the length), and multi-head latent attention one compressed latent per token.
/// </summary>
/// <param name="Layers">All transformer layers.</param>
/// <param name="BytesPerTokenPerLayer">Bytes one token adds to one attention layer (K and V, or the MLA latent).</param>
/// <param name="FullLayers">Layers that keep every token.</param>
/// <param name="SlidingLayers">Layers that keep at most <paramref name="Window"/> tokens.</param>
/// <param name="Window">Sliding window in tokens.</param>
/// <param name="ChunkedLayers">Layers that keep at most <paramref name="Chunk"/> tokens.</param>
/// <param name="Chunk">Attention chunk in tokens.</param>
/// <param name="LinearStateBytes">Fixed state of every linear-attention layer of one sequence (FP32, not quantized by the cache type).</param>
public sealed record KvLayout(
    int Layers,
    double BytesPerTokenPerLayer,
    int FullLayers,
    int SlidingLayers,
    int Window,
    int ChunkedLayers,
    int Chunk,
    double LinearStateBytes)
{
    /// <summary>llama.cpp keeps recurrent and linear-attention state in FP32 (<c>r_s</c>/<c>s_s</c> tensors).</summary>
    public const double LinearStateBytesPerElement = 4;

    /// <summary>The layout of a model's cache at a KV element size (bytes per element from ggml's block layouts).</summary>
    public static KvLayout Of(ModelArchitecture model, double bytesPerElement)
    {
        var perToken = model.Attention == AttentionKind.MultiHeadLatent
            ? model.MlaCacheDim * bytesPerElement
            : 2.0 * model.KvHeads * model.HeadDim * bytesPerElement;
        var sliding = model.SlidingWindowTokens > 0 ? model.SlidingWindowLayers : 0;
        var chunked = model.AttentionChunkTokens > 0 ? model.ChunkedAttentionLayers : 0;
        var linear = model.LinearAttention is { } shape ? LinearState(shape) : 0;
        var full = model.Layers - sliding - chunked - (model.LinearAttention?.Layers ?? 0);
        if (full < 0)
        {
            throw new ArgumentException("Sliding, chunked and linear-attention layers exceed the model's layers.", nameof(model));
        }

        return new KvLayout(model.Layers, perToken, full, sliding, model.SlidingWindowTokens, chunked, model.AttentionChunkTokens, linear);
    }

    /// <summary>
    /// Gated DeltaNet state per layer: one key-dim × value-dim matrix per value head, plus the last (kernel − 1) inputs
    /// of the short convolution over the query, key and value channels (llama.cpp's <c>s_s</c> and <c>r_s</c>).
    /// </summary>
    public static double LinearState(LinearAttentionShape shape)
    {
        var recurrent = (double)shape.ValueHeads * shape.KeyHeadDim * shape.ValueHeadDim;
        var convChannels = (2.0 * shape.KeyHeads * shape.KeyHeadDim) + ((double)shape.ValueHeads * shape.ValueHeadDim);
        var conv = Math.Max(0, shape.ConvKernel - 1) * convChannels;
        return shape.Layers * (recurrent + conv) * LinearStateBytesPerElement;
    }

    /// <summary>Bytes of the cache of one sequence holding <paramref name="tokens"/> tokens, over all layers.</summary>
    public double BytesPerSequence(double tokens)
    {
        if (tokens <= 0)
        {
            return 0;
        }

        var cachedTokens = (FullLayers * tokens) + (SlidingLayers * Math.Min(tokens, Window)) + (ChunkedLayers * Math.Min(tokens, Chunk));
        return (BytesPerTokenPerLayer * cachedTokens) + LinearStateBytes;
    }

    /// <summary>Cached tokens summed over the attention layers at <paramref name="tokens"/> tokens (what attention reads).</summary>
    public double CachedTokenLayers(double tokens) => tokens <= 0
        ? 0
        : (FullLayers * tokens) + (SlidingLayers * Math.Min(tokens, Window)) + (ChunkedLayers * Math.Min(tokens, Chunk));

    /// <summary>The cache of one sequence spread evenly over the layers, for placing whole layers on devices.</summary>
    public double BytesPerLayer(double tokens) => BytesPerSequence(tokens) / Layers;

    /// <summary>True when every layer keeps every token (the cache grows linearly with the context).</summary>
    public bool IsUniform => FullLayers == Layers;
}
