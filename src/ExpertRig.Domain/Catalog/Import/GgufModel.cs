using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Catalog.Import;

/// <summary>Turns a GGUF file's metadata and tensor table into a catalog-shaped model with the file's own weight bytes.</summary>
internal static class GgufModel
{
    private static readonly string[] Supported =
    [
        "llama", "mistral", "mistral3", "qwen2", "qwen3", "qwen3moe", "qwen3next", "gemma2", "gemma3", "gpt-oss",
        "deepseek2", "glm4moe", "llama4", "phi3",
    ];

    public static ImportedModel From(string path, GgufMetadata meta, IReadOnlyList<GgufTensor> tensors)
    {
        var arch = meta.Architecture;
        if (!Supported.Contains(arch))
        {
            throw new ModelFileException(path, $"GGUF architecture '{MessageText.Value(arch)}' is not supported; supported: {string.Join(", ", Supported)}");
        }

        if (tensors.Count == 0)
        {
            throw new ModelFileException(path, "has no tensors in its GGUF tensor table");
        }

        var layers = (int)meta.Int($"{arch}.block_count");
        var hidden = (int)meta.Int($"{arch}.embedding_length");
        var heads = (int)meta.Int($"{arch}.attention.head_count");
        if (layers < 1 || hidden < 1 || heads < 1)
        {
            throw new ModelFileException(path, $"{arch}.block_count, embedding_length and attention.head_count must be greater than 0");
        }

        var kvHeads = (int)(meta.OptionalInt($"{arch}.attention.head_count_kv") ?? heads);
        var headDim = (int)(meta.OptionalInt($"{arch}.attention.key_length") ?? (hidden / heads));
        var kvLora = (int)(meta.OptionalInt($"{arch}.attention.kv_lora_rank") ?? 0);
        var rope = (int)(meta.OptionalInt($"{arch}.rope.dimension_count") ?? 0);
        var vocab = (int)(meta.OptionalInt($"{arch}.vocab_size") ?? meta.ArrayLength("tokenizer.ggml.tokens")
            ?? throw new ModelFileException(path, $"is missing {arch}.vocab_size and tokenizer.ggml.tokens in its GGUF metadata"));
        var expertCount = meta.OptionalInt($"{arch}.expert_count");
        int? routed = expertCount is > 0 ? (int)expertCount.Value : null;
        var active = routed is null ? null : (int?)meta.Int($"{arch}.expert_used_count");

        double total = tensors.Sum(tensor => (double)tensor.Elements);
        var expertElements = tensors.Where(tensor => tensor.Name.Contains("_exps", StringComparison.Ordinal)).Sum(tensor => (double)tensor.Elements);
        var activeParams = routed is { } n && active is { } k ? total - expertElements + (expertElements * k / n) : total;
        var window = (int)(meta.OptionalInt($"{arch}.attention.sliding_window") ?? 0);
        var sliding = window == 0 ? 0 : SlidingLayers(arch, meta, layers);
        var chunk = (int)(meta.OptionalInt($"{arch}.attention.chunk_size") ?? 0);
        var weightBytes = tensors.Sum(tensor => tensor.Bytes);
        var main = tensors.GroupBy(tensor => tensor.Type).MaxBy(group => group.Sum(tensor => tensor.Bytes))!.Key;
        var id = System.IO.Path.GetFileNameWithoutExtension(path);

        var model = new LanguageModel
        {
            Id = id,
            Name = meta.Text("general.name") ?? id,
            HfRepo = "(local GGUF file)",
            ParamsTotalB = total / 1e9,
            ParamsActiveB = activeParams / 1e9,
            Layers = layers,
            HiddenSize = hidden,
            AttentionHeads = heads,
            KvHeads = kvLora > 0 ? heads : kvHeads,
            HeadDim = headDim,
            MaxContextTokens = (int)Math.Min(int.MaxValue, meta.Int($"{arch}.context_length")),
            VocabSize = vocab,
            TiedEmbeddings = !tensors.Any(tensor => tensor.Name == "output.weight"),
            Attention = kvLora > 0 ? AttentionKind.MultiHeadLatent : AttentionKind.Standard,
            MlaCacheDim = kvLora > 0 ? kvLora + rope : 0,
            Experts = routed,
            ExpertsActive = active,
            SharedExperts = routed is null ? 0 : (int)(meta.OptionalInt($"{arch}.expert_shared_count") ?? 0),
            DenseLayers = routed is null ? 0 : (int)(meta.OptionalInt($"{arch}.leading_dense_block_count") ?? 0),
            ExpertFfnDim = routed is null ? 0 : (int)(meta.OptionalInt($"{arch}.expert_feed_forward_length") ?? 0),
            SlidingWindowLayers = sliding,
            SlidingWindowTokens = sliding > 0 ? window : 0,
            ChunkedAttentionLayers = chunk > 0 ? layers - (layers / 4) : 0,
            AttentionChunkTokens = chunk,
            ModelType = arch,
            Source = $"{System.IO.Path.GetFileName(path)} (GGUF header and tensor table, read by expertrig; {tensors.Count} tensors, mostly {main})",
        };
        return new ImportedModel(model, weightBytes, main);
    }

    private static int SlidingLayers(string arch, GgufMetadata meta, int layers)
    {
        if (meta.Ints($"{arch}.attention.sliding_window_pattern") is { Count: > 0 } pattern && pattern.Count == layers)
        {
            return pattern.Count(flag => flag != 0);
        }

        return arch switch
        {
            "gemma2" or "gpt-oss" => (layers + 1) / 2,
            "gemma3" => layers - (layers / 6),
            _ => layers,
        };
    }
}
