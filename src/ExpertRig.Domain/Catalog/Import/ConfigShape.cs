using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Catalog.Import;

/// <summary>The architecture fields of one config.json, with each architecture's conventions applied.</summary>
internal sealed record ConfigShape
{
    public required string ModelType { get; init; }
    public required int Layers { get; init; }
    public required int Hidden { get; init; }
    public required int Heads { get; init; }
    public required int KvHeads { get; init; }
    public required int HeadDim { get; init; }
    public required int MaxContext { get; init; }
    public required int Vocab { get; init; }
    public required bool Tied { get; init; }
    public required int DenseFfn { get; init; }
    public required AttentionLayers Attention { get; init; }
    public MlaShape? Mla { get; init; }
    public MoeShape? Moe { get; init; }
    public bool GatedQuery { get; init; }
    public required string WeightFormat { get; init; }

    public static ConfigShape Read(string outerType, ConfigFields text, ConfigFields root)
    {
        // A multimodal wrapper names the language model's own type inside text_config.
        var modelType = outerType switch
        {
            "mistral3" => text.OptionalString("model_type") ?? "mistral",
            "qwen3_5_moe_text" => "qwen3_5_moe",
            "gemma3_text" => "gemma3",
            "llama4_text" => "llama4",
            _ => outerType,
        };
        var layers = text.Int("num_hidden_layers");
        var hidden = text.Int("hidden_size");
        var heads = text.Int("num_attention_heads");
        if (layers < 1 || hidden < 1 || heads < 1)
        {
            throw new ModelFileException(text.Path, "num_hidden_layers, hidden_size and num_attention_heads must be greater than 0");
        }

        var mla = modelType is "deepseek_v3" or "deepseek_v32" or "kimi_k2" ? MlaShape.Read(text) : null;
        var headDim = mla is not null ? mla.NopeDim + mla.RopeDim : text.OptionalInt("head_dim") ?? hidden / heads;
        var moe = MoeShape.Read(modelType, text, layers);
        var denseFfn = text.OptionalInt("intermediate_size_mlp") ?? text.OptionalInt("intermediate_size");
        if (denseFfn is null && (moe is null || moe.DenseLayers > 0))
        {
            throw new ModelFileException(text.Path, "is missing intermediate_size (a whole number)");
        }

        return new ConfigShape
        {
            ModelType = modelType,
            Layers = layers,
            Hidden = hidden,
            Heads = heads,
            KvHeads = text.OptionalInt("num_key_value_heads") ?? heads,
            HeadDim = headDim,
            MaxContext = text.OptionalInt("max_position_embeddings") ?? root.Int("max_position_embeddings"),
            Vocab = text.OptionalInt("vocab_size") ?? root.Int("vocab_size"),
            Tied = text.Bool("tie_word_embeddings", root.Bool("tie_word_embeddings", modelType.StartsWith("gemma", StringComparison.Ordinal))),
            DenseFfn = denseFfn ?? 0,
            Attention = AttentionLayers.Read(modelType, text, layers),
            Mla = mla,
            Moe = moe,
            GatedQuery = modelType is "qwen3_next" or "qwen3_5_moe" || text.Bool("attn_output_gate", false),
            WeightFormat = NativeFormat(root),
        };
    }

    /// <summary>quantization_config.quant_method names a format the maker ships (gpt-oss MXFP4, DeepSeek FP8); else torch_dtype.</summary>
    private static string NativeFormat(ConfigFields root)
    {
        var method = root.Object("quantization_config") is { } quant ? new ConfigFields(root.Path, quant).OptionalString("quant_method") : null;
        return method?.ToLowerInvariant() switch
        {
            "mxfp4" => "mxfp4",
            "fp8" => "fp8",
            "awq" => "awq-int4",
            "gptq" => "gptq-int4",
            _ => (root.OptionalString("torch_dtype") ?? root.OptionalString("dtype")) switch
            {
                "float16" => "f16",
                _ => "bf16",
            },
        };
    }

    public LanguageModel ToModel(string path, ConfigFields root)
    {
        var count = ParameterCount.Of(this);
        var name = root.Strings("architectures") is [var first, ..] ? first : ModelType;
        var id = Path.GetFileNameWithoutExtension(path).Replace(".config", string.Empty, StringComparison.Ordinal);
        return new LanguageModel
        {
            Id = id,
            Name = $"{id} ({name})",
            HfRepo = root.OptionalString("_name_or_path") ?? "(local file)",
            ParamsTotalB = Math.Round(count.Total / 1e9, 2),
            ParamsActiveB = Math.Round(count.Active / 1e9, 2),
            Layers = Layers,
            HiddenSize = Hidden,
            AttentionHeads = Heads,
            KvHeads = KvHeads,
            HeadDim = HeadDim,
            MaxContextTokens = MaxContext,
            VocabSize = Vocab,
            TiedEmbeddings = Tied,
            Attention = Mla is null ? AttentionKind.Standard : AttentionKind.MultiHeadLatent,
            MlaCacheDim = Mla is null ? 0 : Mla.KvLoraRank + Mla.RopeDim,
            Experts = Moe?.Routed,
            ExpertsActive = Moe?.Active,
            SharedExperts = Moe?.Shared ?? 0,
            DenseLayers = Moe?.DenseLayers ?? 0,
            ExpertFfnDim = Moe?.ExpertFfn ?? 0,
            SharedExpertFfnDim = Moe?.SharedFfn ?? 0,
            DenseFfnDim = Moe is null || Moe.DenseLayers > 0 ? DenseFfn : 0,
            SlidingWindowLayers = Attention.SlidingLayers,
            SlidingWindowTokens = Attention.SlidingLayers > 0 ? Attention.SlidingWindow : 0,
            ChunkedAttentionLayers = Attention.ChunkedLayers,
            AttentionChunkTokens = Attention.ChunkedLayers > 0 ? Attention.ChunkTokens : 0,
            LinearAttention = Attention.Linear,
            WeightFormat = WeightFormat,
            ModelType = ModelType,
            Source = $"{Path.GetFileName(path)} (config.json, read by expertrig; parameters counted from its shapes)",
        };
    }
}

/// <summary>
/// Multi-head latent attention dimensions (DeepSeek V3, Kimi K2), with DeepSeek V3.2's sparse-attention indexer
/// (<c>index_n_heads</c> × <c>index_head_dim</c>; 0 when the model has none).
/// </summary>
internal sealed record MlaShape(int KvLoraRank, int QLoraRank, int RopeDim, int NopeDim, int ValueDim, int IndexerHeads = 0, int IndexerHeadDim = 0)
{
    public static MlaShape Read(ConfigFields text) => new(
        text.Int("kv_lora_rank"),
        text.OptionalInt("q_lora_rank") ?? 0,
        text.Int("qk_rope_head_dim"),
        text.Int("qk_nope_head_dim"),
        text.Int("v_head_dim"),
        text.OptionalInt("index_n_heads") ?? 0,
        text.OptionalInt("index_head_dim") ?? 0);
}
