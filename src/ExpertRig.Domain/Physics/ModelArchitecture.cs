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

    /// <summary>
    /// Layers whose attention looks back only <see cref="SlidingWindowTokens"/> tokens (config.json <c>layer_types</c>
    /// "sliding_attention", or the architecture's fixed pattern); their KV cache stops growing at the window.
    /// </summary>
    public int SlidingWindowLayers { get; init; }

    /// <summary>Window of the sliding layers in tokens (config.json <c>sliding_window</c>); 0 when there are none.</summary>
    public int SlidingWindowTokens { get; init; }

    /// <summary>Layers with chunked local attention (Llama 4: <c>attention_chunk_size</c>); their cache stops at one chunk.</summary>
    public int ChunkedAttentionLayers { get; init; }

    /// <summary>Chunk of the chunked layers in tokens (config.json <c>attention_chunk_size</c>); 0 when there are none.</summary>
    public int AttentionChunkTokens { get; init; }

    /// <summary>
    /// Linear-attention / recurrent layers (Qwen3-Next Gated DeltaNet: config.json <c>layer_types</c>
    /// "linear_attention"), which keep a fixed state per sequence instead of a growing KV cache; null when none.
    /// </summary>
    public LinearAttentionShape? LinearAttention { get; init; }

    /// <summary>The mixture-of-experts layout (routed, active and shared experts, dense layers); null for dense models.</summary>
    public ExpertLayout? Experts { get; init; }

    /// <summary>Layers with ordinary full (global) attention: every layer that is not sliding, chunked or linear.</summary>
    public int FullAttentionLayers =>
        Layers - SlidingWindowLayers - ChunkedAttentionLayers - (LinearAttention?.Layers ?? 0);
}

/// <summary>
/// The fixed per-sequence state of linear-attention layers (config.json <c>linear_num_key_heads</c>,
/// <c>linear_num_value_heads</c>, <c>linear_key_head_dim</c>, <c>linear_value_head_dim</c>,
/// <c>linear_conv_kernel_dim</c>).
/// </summary>
/// <param name="Layers">How many layers are linear attention.</param>
/// <param name="KeyHeads">Key heads of one linear layer.</param>
/// <param name="ValueHeads">Value heads of one linear layer.</param>
/// <param name="KeyHeadDim">Size of one key head.</param>
/// <param name="ValueHeadDim">Size of one value head.</param>
/// <param name="ConvKernel">Width of the short causal convolution whose last inputs are kept as state.</param>
public sealed record LinearAttentionShape(int Layers, int KeyHeads, int ValueHeads, int KeyHeadDim, int ValueHeadDim, int ConvKernel);

/// <summary>
/// How a mixture-of-experts model's feed-forward weights are laid out (config.json <c>num_experts</c> /
/// <c>n_routed_experts</c> / <c>num_local_experts</c>, <c>num_experts_per_tok</c>, <c>n_shared_experts</c>,
/// <c>moe_intermediate_size</c>, <c>first_k_dense_replace</c>, <c>intermediate_size</c>).
/// </summary>
/// <param name="Routed">Routed experts per MoE layer.</param>
/// <param name="Active">Routed experts each token uses per MoE layer.</param>
/// <param name="Shared">Always-active shared experts per MoE layer (0 when none).</param>
/// <param name="DenseLayers">Layers with an ordinary dense feed-forward block instead of experts (DeepSeek's first 3).</param>
/// <param name="ExpertFfnDim">Intermediate size of one routed expert.</param>
/// <param name="SharedExpertFfnDim">Intermediate size of the shared expert block (0 when none).</param>
/// <param name="DenseFfnDim">Intermediate size of a dense layer's feed-forward block (0 when there are no dense layers).</param>
public sealed record ExpertLayout(
    int Routed,
    int Active,
    int Shared,
    int DenseLayers,
    int ExpertFfnDim,
    int SharedExpertFfnDim,
    int DenseFfnDim)
{
    /// <summary>
    /// Parameters of one routed expert with gate, up and down projections (3 × hidden × expert width), the layout of
    /// every architecture in the catalog; biases and router weights are left to the model's total.
    /// </summary>
    public double ParamsPerRoutedExpert(int hiddenSize) => 3.0 * hiddenSize * ExpertFfnDim;
}
