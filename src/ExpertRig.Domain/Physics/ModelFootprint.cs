using System.Runtime.CompilerServices;

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
/// <param name="Kv">How the KV cache grows with the tokens of a sequence, per layer kind.</param>
/// <param name="Experts">The routed experts of a mixture of experts, which llama.cpp can keep in system RAM; null for dense models.</param>
internal sealed record ModelFootprint(
    int Layers,
    double LayerWeightBytes,
    double LayerReadBytes,
    double OutputHeadBytes,
    double InputEmbeddingBytes,
    KvLayout Kv,
    ExpertBytes? Experts)
{
    /// <summary>
    /// The footprint of a model in a weight format with a KV-cache type, made once per model, format, cache type and
    /// constants (every placement and estimate asks; issue 11) and shared: footprints are immutable records.
    /// </summary>
    public static ModelFootprint Of(ModelArchitecture model, WeightFormat weights, KvCacheType kvCache, PhysicsConstants constants)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(constants);
        var known = Known.GetValue(constants, static _ => new()).GetValue(model, static _ => []);
        var key = (weights, kvCache);
        lock (known)
        {
            if (known.TryGetValue(key, out var kept))
            {
                return kept;
            }
        }

        // Made outside the lock (a model that cannot be split throws, and nothing is kept for it).
        var made = Make(model, weights, kvCache, constants);
        lock (known)
        {
            return known.TryAdd(key, made) ? made : known[key];
        }
    }

    // Memo of footprints. Key: the constants and the architecture by identity (immutable records: an architecture is
    // made once per catalog model, and a copy is only another key), the weight format by value (Make reads only its
    // bits per weight and whether it is MXFP4, by name, and equal formats have equal fields) and the KV-cache type.
    // That is everything Make reads, so the key is complete. Thread-safe (the wizard's sessions run on other threads):
    // the tables are ConditionalWeakTables, and each dictionary is locked; the entries go with their constants and model.
    private static readonly ConditionalWeakTable<PhysicsConstants, ConditionalWeakTable<ModelArchitecture, Dictionary<(WeightFormat, KvCacheType), ModelFootprint>>> Known = new();

    private static ModelFootprint Make(ModelArchitecture model, WeightFormat weights, KvCacheType kvCache, PhysicsConstants constants)
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

        var (expertBytesPerParam, otherBytesPerParam) = MixedPrecision(model, weights, constants);
        var layerWeight = expertBytesPerParam is { } perExpertParam
            ? ((layerParams - ExpertParams(model)) * otherBytesPerParam + (ExpertParams(model) * perExpertParam)) / model.Layers
            : layerParams / model.Layers * bytesPerParam;
        var experts = expertBytesPerParam is { } expertBytes
            ? ExpertBytes.Of(model, layerWeight, expertBytes)
            : ExpertBytes.Of(model, layerWeight, bytesPerParam);
        // With an expert layout the bytes read follow from it (all of the non-expert part, the active experts);
        // otherwise from the active-parameter count.
        var layerRead = experts is null
            ? layerActiveParams / model.Layers * bytesPerParam
            : experts.NonExpertReadBytesPerLayer + (experts.ReadBytesPerMoeLayer * experts.MoeLayers / model.Layers);
        var headBytesPerParam = expertBytesPerParam is null ? bytesPerParam : otherBytesPerParam;
        return new ModelFootprint(
            model.Layers,
            layerWeight,
            layerRead,
            outputHead * headBytesPerParam,
            inputEmbedding * headBytesPerParam,
            KvLayout.Of(model, constants.Memory.KvBytesPerElement[kvCache]),
            experts)
        {
            MoeLayers = experts?.MoeLayers ?? (model.IsMixtureOfExperts ? model.Layers - (model.Experts?.DenseLayers ?? 0) : 0),
        };
    }

    /// <summary>Layers with routed experts (0 for a dense model; every layer of a mixture without an expert layout).</summary>
    public int MoeLayers { get; init; }

    /// <summary>The share of layers with routed experts, spread evenly over the layers like the KV cache.</summary>
    public double MoeLayerShare => (double)MoeLayers / Layers;

    /// <summary>
    /// Bytes per parameter of the routed experts and of everything else for an MXFP4 mixture of experts (experts in
    /// MXFP4, the rest at the higher precision gpt-oss files keep it in); (null, average) for every other format.
    /// </summary>
    private static (double? Experts, double Other) MixedPrecision(ModelArchitecture model, WeightFormat weights, PhysicsConstants constants) =>
        weights.IsMxfp4 && model.Experts is { Routed: > 0 } && ExpertParams(model) < model.ParamsTotalB * 1e9
            ? (constants.Memory.Mxfp4ExpertBits / 8, constants.Memory.Mxfp4OtherBits / 8)
            : (null, weights.BitsPerWeight / 8);

    // Every routed expert of every MoE layer: (layers − dense layers) × routed × 3 × hidden × expert width.
    private static double ExpertParams(ModelArchitecture model) =>
        model.Experts is { } layout ? (model.Layers - layout.DenseLayers) * layout.Routed * layout.ParamsPerRoutedExpert(model.HiddenSize) : 0;

    /// <summary>Bytes of every layer's weights plus the head and embedding: the file the engine loads.</summary>
    public double TotalWeightBytes => (Layers * LayerWeightBytes) + OutputHeadBytes + InputEmbeddingBytes;

    /// <summary>Weight bytes read to produce one token: every layer's active weights and the full output head.</summary>
    public double ReadBytesPerToken => (Layers * LayerReadBytes) + OutputHeadBytes;

    /// <summary>KV cache bytes of one sequence at <paramref name="tokens"/> tokens spread evenly over the layers.</summary>
    public double KvBytesPerLayer(double tokens) => Kv.BytesPerLayer(tokens);
}
