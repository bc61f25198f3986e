using ExpertRig.Domain.Physics;
using YamlDotNet.Serialization;

namespace ExpertRig.Domain.Catalog;

/// <summary>An open-weight model from models.yaml, with the architecture its config.json gives.</summary>
public sealed record LanguageModel : ICatalogEntry
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <inheritdoc />
    public required string Name { get; init; }

    /// <summary>Hugging Face repository the config was read from.</summary>
    public required string HfRepo { get; init; }

    /// <summary>Id of the model whose architecture this one shares (fine-tunes and distills); null otherwise.</summary>
    public string? BaseModel { get; init; }

    /// <summary>All parameters in billions (every expert for MoE).</summary>
    public required double ParamsTotalB { get; init; }

    /// <summary>Parameters read per token in billions.</summary>
    public required double ParamsActiveB { get; init; }

    /// <summary>Transformer blocks.</summary>
    public required int Layers { get; init; }

    /// <summary>Model width.</summary>
    public required int HiddenSize { get; init; }

    /// <summary>Query heads.</summary>
    public required int AttentionHeads { get; init; }

    /// <summary>Key/value heads (fewer than query heads under grouped-query attention).</summary>
    public required int KvHeads { get; init; }

    /// <summary>Size of one attention head.</summary>
    public required int HeadDim { get; init; }

    /// <summary>Longest supported context in tokens.</summary>
    public required int MaxContextTokens { get; init; }

    /// <summary>Vocabulary size (rows of the embedding and output matrices).</summary>
    public required int VocabSize { get; init; }

    /// <summary>True when the output head reuses the input embedding matrix (config.json tie_word_embeddings).</summary>
    public bool TiedEmbeddings { get; init; }

    /// <summary>Standard (MHA/GQA) or multi-head latent attention.</summary>
    public required AttentionKind Attention { get; init; }

    /// <summary>For MLA: cached elements per layer per token (kv_lora_rank + rope dim); 0 otherwise.</summary>
    public int MlaCacheDim { get; init; }

    /// <summary>Routed experts for mixture-of-experts models.</summary>
    public int? Experts { get; init; }

    /// <summary>Experts used per token.</summary>
    public int? ExpertsActive { get; init; }

    /// <summary>Always-active shared experts per MoE layer (config.json n_shared_experts; Qwen's shared_expert_intermediate_size &gt; 0 counts as 1).</summary>
    public int SharedExperts { get; init; }

    /// <summary>Layers with a dense feed-forward block instead of experts (DeepSeek first_k_dense_replace, Llama 4 Maverick's interleave).</summary>
    public int DenseLayers { get; init; }

    /// <summary>Intermediate size of one routed expert (config.json moe_intermediate_size, or intermediate_size for Mixtral/gpt-oss).</summary>
    public int ExpertFfnDim { get; init; }

    /// <summary>Intermediate size of the shared expert block (0 when none).</summary>
    public int SharedExpertFfnDim { get; init; }

    /// <summary>Intermediate size of a dense feed-forward block (config.json intermediate_size); 0 when unknown.</summary>
    public int DenseFfnDim { get; init; }

    /// <summary>Layers whose attention is a sliding window (config.json layer_types, or the architecture's pattern).</summary>
    public int SlidingWindowLayers { get; init; }

    /// <summary>Window of the sliding layers in tokens (config.json sliding_window).</summary>
    public int SlidingWindowTokens { get; init; }

    /// <summary>Layers with chunked local attention (Llama 4: three of every four).</summary>
    public int ChunkedAttentionLayers { get; init; }

    /// <summary>Chunk of the chunked layers in tokens (config.json attention_chunk_size).</summary>
    public int AttentionChunkTokens { get; init; }

    /// <summary>The linear-attention (Gated DeltaNet) layers of a hybrid model; null when there are none.</summary>
    public LinearAttentionEntry? LinearAttention { get; init; }

    /// <summary>
    /// Quantization id of the weights as the maker publishes them (bf16, fp8 for DeepSeek, mxfp4 for gpt-oss); the
    /// loader checks it names an entry of quants.yaml.
    /// </summary>
    public string WeightFormat { get; init; } = "bf16";

    /// <summary>config.json model_type (llama, qwen3_moe, gpt_oss …), when the entry was read from a config.json.</summary>
    public string? ModelType { get; init; }

    /// <summary>
    /// The copy of the model's config.json kept beside models.yaml (rules/catalog/models/&lt;file&gt;), which a test
    /// checks the entry against; null for entries whose figures come from elsewhere (their source says where).
    /// </summary>
    public string? ConfigFile { get; init; }

    /// <summary>The attention kind as the catalog table shows it: full, sliding, chunked, hybrid-linear or mla.</summary>
    [YamlIgnore]
    public string AttentionSummary =>
        Attention == AttentionKind.MultiHeadLatent ? "mla"
        : LinearAttention is not null ? "hybrid-linear"
        : ChunkedAttentionLayers > 0 ? "chunked"
        : SlidingWindowLayers >= Layers ? "sliding"
        : SlidingWindowLayers > 0 ? "full+sliding"
        : "full";

    /// <inheritdoc />
    public required string Source { get; init; }

    /// <inheritdoc />
    public string? Note { get; init; }

    // Each model's architecture, made once: the estimators ask for it once per scenario and per memory sum. Keyed by
    // the model instance (its identity, not its value): every input is an init-only property of that instance (or of
    // its LinearAttentionEntry, an init-only record too), all set before anyone can read Architecture, so an
    // instance's architecture never changes; a `with` copy is a new instance and a new key, and nothing is added
    // to the record's fields, so equality, hashing, printing and `with` are as they were. An entry lives as long
    // as its model (a model imported for one consultation takes its entry with it).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LanguageModel, ModelArchitecture> Architectures = [];

    /// <summary>The shape the memory and speed estimators take (one instance per model; it is immutable).</summary>
    [YamlIgnore]
    public ModelArchitecture Architecture => Architectures.GetValue(this, static model => model.MakeArchitecture());

    private ModelArchitecture MakeArchitecture() => new(
        ParamsTotalB, ParamsActiveB, Layers, HiddenSize, AttentionHeads, KvHeads, HeadDim, MaxContextTokens, Attention, MlaCacheDim)
    {
        VocabSize = VocabSize,
        TiedEmbeddings = TiedEmbeddings,
        SlidingWindowLayers = SlidingWindowLayers,
        SlidingWindowTokens = SlidingWindowTokens,
        ChunkedAttentionLayers = ChunkedAttentionLayers,
        AttentionChunkTokens = AttentionChunkTokens,
        LinearAttention = LinearAttention?.Shape,
        Experts = Experts is { } routed
            ? new ExpertLayout(routed, ExpertsActive ?? 0, SharedExperts, DenseLayers, ExpertFfnDim, SharedExpertFfnDim, DenseLayers > 0 ? DenseFfnDim : 0)
            : null,
    };
}
