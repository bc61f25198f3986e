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

    /// <inheritdoc />
    public required string Source { get; init; }

    /// <inheritdoc />
    public string? Note { get; init; }

    /// <summary>The shape the memory and speed estimators take.</summary>
    [YamlIgnore]
    public ModelArchitecture Architecture => new(
        ParamsTotalB, ParamsActiveB, Layers, HiddenSize, AttentionHeads, KvHeads, HeadDim, MaxContextTokens, Attention, MlaCacheDim)
    {
        VocabSize = VocabSize,
        TiedEmbeddings = TiedEmbeddings,
    };
}
