namespace ExpertRig.Domain.Physics;

/// <summary>How a model stores its attention keys and values, which decides the size of its KV cache.</summary>
public enum AttentionKind
{
    /// <summary>Multi-head or grouped-query attention: K and V per KV head per layer.</summary>
    Standard,

    /// <summary>Multi-head latent attention (DeepSeek V2/V3/R1): one compressed latent vector per layer.</summary>
    MultiHeadLatent,
}

/// <summary>
/// The shape of a transformer that the memory and speed estimators need, taken from the model's config.json
/// (see the catalog's models.yaml for the source of each model).
/// </summary>
/// <param name="ParamsTotalB">All parameters, in billions (for MoE: every expert).</param>
/// <param name="ParamsActiveB">Parameters read per token, in billions (equal to total for dense models).</param>
/// <param name="Layers">Transformer blocks.</param>
/// <param name="HiddenSize">Model width.</param>
/// <param name="AttentionHeads">Query heads.</param>
/// <param name="KvHeads">Key/value heads (fewer than query heads under grouped-query attention).</param>
/// <param name="HeadDim">Size of one attention head.</param>
/// <param name="MaxContextTokens">Longest context the model supports.</param>
/// <param name="Attention">Standard (MHA/GQA) or multi-head latent attention.</param>
/// <param name="MlaCacheDim">For MLA: elements cached per layer per token (kv_lora_rank + qk_rope_head_dim); 0 otherwise.</param>
public sealed record ModelArchitecture(
    double ParamsTotalB,
    double ParamsActiveB,
    int Layers,
    int HiddenSize,
    int AttentionHeads,
    int KvHeads,
    int HeadDim,
    int MaxContextTokens,
    AttentionKind Attention = AttentionKind.Standard,
    int MlaCacheDim = 0)
{
    /// <summary>True when only part of the weights is read for each token (mixture of experts).</summary>
    public bool IsMixtureOfExperts => ParamsActiveB < ParamsTotalB;

    /// <summary>
    /// Rows of the token-embedding and output matrices (config.json <c>vocab_size</c>); 0 when unknown, in which case
    /// the estimators treat every parameter as part of a transformer layer.
    /// </summary>
    public int VocabSize { get; init; }

    /// <summary>True when the output head reuses the input embedding matrix (config.json <c>tie_word_embeddings</c>).</summary>
    public bool TiedEmbeddings { get; init; }
}
