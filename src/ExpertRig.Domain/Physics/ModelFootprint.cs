namespace ExpertRig.Domain.Physics;

/// <summary>
/// A model split into the parts the memory and speed estimators place and stream: whole transformer layers, the
/// output head (read in full for every token) and the input embedding (one row per token).
/// </summary>
/// <param name="Layers">Transformer layers.</param>
/// <param name="LayerWeightBytes">Bytes one layer occupies in memory (every expert of an MoE layer).</param>
/// <param name="LayerReadBytes">Bytes one layer reads per token (the active experts only).</param>
/// <param name="OutputHeadBytes">The vocabulary projection: stored once and read in full for every token.</param>
/// <param name="InputEmbeddingBytes">The token-embedding table when it is not tied to the output head (one row read per token).</param>
/// <param name="KvBytesPerTokenPerLayer">KV cache bytes one token adds to one layer.</param>
internal sealed record ModelFootprint(
    int Layers,
    double LayerWeightBytes,
    double LayerReadBytes,
    double OutputHeadBytes,
    double InputEmbeddingBytes,
    double KvBytesPerTokenPerLayer)
{
    public static ModelFootprint Of(ModelArchitecture model, WeightFormat weights, KvCacheType kvCache, PhysicsConstants constants)
    {
        if (model.Layers <= 0 || model.ParamsTotalB <= 0 || model.ParamsActiveB <= 0 || model.ParamsActiveB > model.ParamsTotalB)
        {
            throw new ArgumentException("A model needs layers > 0 and 0 < active parameters ≤ total parameters.", nameof(model));
        }

        if (weights.BitsPerWeight <= 0)
        {
            throw new ArgumentException("Bits per weight must be positive.", nameof(weights));
        }

        var bytesPerParam = weights.BitsPerWeight / 8;
        // The output head is one vocabulary × hidden matrix; an untied model stores a second one as its input embedding.
        var outputHead = (double)model.VocabSize * model.HiddenSize;
        var inputEmbedding = model.TiedEmbeddings ? 0 : outputHead;
        var nonLayer = outputHead + inputEmbedding;
        if (nonLayer >= model.ParamsActiveB * 1e9)
        {
            throw new ArgumentException("Vocabulary × hidden size exceeds the active parameters; check vocab_size and hidden_size.", nameof(model));
        }

        var layerParams = (model.ParamsTotalB * 1e9) - nonLayer;
        var layerActiveParams = (model.ParamsActiveB * 1e9) - nonLayer;

        return new ModelFootprint(
            model.Layers,
            layerParams / model.Layers * bytesPerParam,
            layerActiveParams / model.Layers * bytesPerParam,
            outputHead * bytesPerParam,
            inputEmbedding * bytesPerParam,
            CachedBytesPerTokenPerLayer(model, kvCache, constants));
    }

    /// <summary>Bytes of every layer's weights plus the head and embedding: the file the engine loads.</summary>
    public double TotalWeightBytes => (Layers * LayerWeightBytes) + OutputHeadBytes + InputEmbeddingBytes;

    /// <summary>Weight bytes read to produce one token: every layer's active weights and the full output head.</summary>
    public double ReadBytesPerToken => (Layers * LayerReadBytes) + OutputHeadBytes;

    private static double CachedBytesPerTokenPerLayer(ModelArchitecture model, KvCacheType kvCache, PhysicsConstants constants)
    {
        var bytesPerElement = constants.Memory.KvBytesPerElement[kvCache];
        return model.Attention == AttentionKind.MultiHeadLatent
            ? model.MlaCacheDim * bytesPerElement
            : 2.0 * model.KvHeads * model.HeadDim * bytesPerElement;
    }
}
