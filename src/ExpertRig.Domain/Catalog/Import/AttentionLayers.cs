namespace ExpertRig.Domain.Catalog.Import;

/// <summary>
/// How many layers of each attention kind a config.json describes: from <c>layer_types</c> when the file lists it,
/// else from the architecture's fixed pattern (gemma2 alternates sliding and global, gemma3 has five sliding per
/// global, gpt-oss alternates, Mistral 7B v0.1 slides on every layer, Llama 4 chunks three of every four).
/// </summary>
internal sealed record AttentionLayers(int SlidingLayers, int SlidingWindow, int ChunkedLayers, int ChunkTokens, LinearAttentionEntry? Linear)
{
    public static AttentionLayers Read(string modelType, ConfigFields text, int layers)
    {
        var window = text.OptionalInt("sliding_window") ?? 0;
        var types = text.Strings("layer_types");
        if (types is not null && types.Count != layers)
        {
            throw new ModelFileException(text.Path, $"layer_types lists {types.Count} layers but num_hidden_layers is {layers}");
        }

        int Count(string kind) => types!.Count(type => type == kind);

        var sliding = modelType switch
        {
            _ when types is not null => Count("sliding_attention"),
            "gemma2" or "gpt_oss" => (layers + 1) / 2,
            "gemma3" or "gemma3_text" => layers - (layers / (text.OptionalInt("sliding_window_pattern") ?? text.OptionalInt("_sliding_window_pattern") ?? 6)),
            "mistral" or "phi3" => window > 0 ? layers : 0,
            "qwen2" or "qwen3" or "qwen3_moe" => text.Bool("use_sliding_window", false) && window > 0 ? layers - Math.Min(layers, text.OptionalInt("max_window_layers") ?? layers) : 0,
            _ => 0,
        };
        if (sliding > 0 && window == 0)
        {
            throw new ModelFileException(text.Path, "has sliding-window layers but no sliding_window");
        }

        var linear = modelType is "qwen3_next" or "qwen3_5_moe"
            ? LinearLayers(text, types is not null ? Count("linear_attention") : layers - (layers / Math.Max(1, text.OptionalInt("full_attention_interval") ?? 4)))
            : null;
        var (chunked, chunk) = modelType is "llama4" or "llama4_text" ? Chunked(text, layers) : (0, 0);
        return new AttentionLayers(sliding, window, chunked, chunk, linear);
    }

    private static LinearAttentionEntry LinearLayers(ConfigFields text, int layers) => new()
    {
        Layers = layers,
        KeyHeads = text.Int("linear_num_key_heads"),
        ValueHeads = text.Int("linear_num_value_heads"),
        KeyHeadDim = text.Int("linear_key_head_dim"),
        ValueHeadDim = text.Int("linear_value_head_dim"),
        ConvKernel = text.Int("linear_conv_kernel_dim"),
    };

    /// <summary>Llama 4: layers with RoPE use chunked attention; every fourth layer (no RoPE) is global.</summary>
    private static (int Layers, int Chunk) Chunked(ConfigFields text, int layers)
    {
        var chunk = text.OptionalInt("attention_chunk_size") ?? 0;
        if (chunk == 0)
        {
            return (0, 0);
        }

        var ropeLayers = text.Ints("no_rope_layers") is { Count: > 0 } flags && flags.Count == layers
            ? flags.Count(flag => flag != 0)
            : layers - (layers / 4);
        return (ropeLayers, chunk);
    }
}
