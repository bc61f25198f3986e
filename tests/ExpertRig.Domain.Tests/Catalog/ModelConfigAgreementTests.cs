using System.Globalization;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Catalog.Import;

namespace ExpertRig.Domain.Tests.CatalogTests;

/// <summary>
/// Every model entry that names its config.json (kept under rules/catalog/models/) agrees with that file as the
/// config.json reader reads it: the shape exactly, the parameter count within what the counter leaves out.
/// </summary>
public sealed class ModelConfigAgreementTests
{
    private static readonly ExpertRig.Domain.Catalog.Catalog Shipped = CatalogLoader.LoadDefault();

    public static TheoryData<string> ModelsWithConfigFiles()
    {
        var data = new TheoryData<string>();
        foreach (var model in Shipped.Models.Where(model => model.ConfigFile is not null))
        {
            data.Add(model.Id);
        }

        return data;
    }

    [Fact]
    public void MostModels_KeepTheirConfigJsonBesideTheCatalog()
    {
        Shipped.Models.Count(model => model.ConfigFile is not null).ShouldBeGreaterThanOrEqualTo(20);
    }

    [Fact]
    public void EveryConfigFileInTheFolder_BelongsToAModel()
    {
        var named = Shipped.Models.Select(model => model.ConfigFile).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var files = Directory.GetFiles(ModelsDirectory, "*.json").Select(Path.GetFileName);

        files.Where(file => !named.Contains(file!)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ModelsWithConfigFiles))]
    public void CatalogEntry_AgreesWithItsConfigJson(string id)
    {
        var entry = Shipped.FindModel(id);
        var path = Path.Combine(ModelsDirectory, entry.ConfigFile!);
        var read = ModelFileReader.Read(path).Model;

        // The counter reads the language model only; a multimodal entry's total also holds its vision tower.
        var totalTolerance = File.ReadAllText(path).Contains("\"vision_config\"", StringComparison.Ordinal) ? 0.12 : 0.06;

        var expected = Describe(read);
        Describe(entry).ShouldBe(expected, $"{id}: models.yaml should say\n{Yaml(read)}");
        if (read.WeightFormat != "bf16")
        {
            entry.WeightFormat.ShouldBe(read.WeightFormat, $"{id}: the config.json's quantization_config names the native format");
        }

        entry.MaxContextTokens.ShouldBeLessThanOrEqualTo(read.MaxContextTokens, $"{id}: the catalog context exceeds max_position_embeddings");
        (Math.Abs(entry.ParamsTotalB - read.ParamsTotalB) / entry.ParamsTotalB).ShouldBeLessThan(
            totalTolerance, $"{id}: catalog {entry.ParamsTotalB}B total vs {read.ParamsTotalB}B counted from config.json");
        (Math.Abs(entry.ParamsActiveB - read.ParamsActiveB) / entry.ParamsActiveB).ShouldBeLessThan(
            0.3, $"{id}: catalog {entry.ParamsActiveB}B active vs {read.ParamsActiveB}B counted from config.json");
    }

    private static string ModelsDirectory => Path.Combine(CatalogLoader.DefaultDirectory, "models");

    private static string Describe(LanguageModel m) => string.Join(
        "; ",
        $"layers {m.Layers}", $"hidden {m.HiddenSize}", $"heads {m.AttentionHeads}/{m.KvHeads}x{m.HeadDim}", $"vocab {m.VocabSize}",
        $"tied {m.TiedEmbeddings}", $"attention {m.Attention} mla {m.MlaCacheDim}",
        $"experts {m.Experts}/{m.ExpertsActive} shared {m.SharedExperts} dense {m.DenseLayers} ffn {m.ExpertFfnDim}/{m.SharedExpertFfnDim}/{m.DenseFfnDim}",
        $"sliding {m.SlidingWindowLayers}@{m.SlidingWindowTokens}", $"chunked {m.ChunkedAttentionLayers}@{m.AttentionChunkTokens}",
        $"linear {m.LinearAttention}", $"type {m.ModelType}");

    /// <summary>The models.yaml lines the reader derives, so a mismatch shows what to write.</summary>
    private static string Yaml(LanguageModel m)
    {
        var lines = new List<string>
        {
            $"  params_total_b: {m.ParamsTotalB.ToString(CultureInfo.InvariantCulture)}  # counted",
            $"  params_active_b: {m.ParamsActiveB.ToString(CultureInfo.InvariantCulture)}  # counted",
            $"  layers: {m.Layers}", $"  hidden_size: {m.HiddenSize}", $"  attention_heads: {m.AttentionHeads}", $"  kv_heads: {m.KvHeads}",
            $"  head_dim: {m.HeadDim}", $"  max_context_tokens: {m.MaxContextTokens}", $"  vocab_size: {m.VocabSize}",
        };
        if (m.TiedEmbeddings) lines.Add("  tied_embeddings: true");
        lines.Add(m.MlaCacheDim > 0 ? $"  attention: multi-head-latent\n  mla_cache_dim: {m.MlaCacheDim}" : "  attention: standard");
        if (m.Experts is { } routed)
        {
            lines.Add($"  experts: {routed}\n  experts_active: {m.ExpertsActive}\n  expert_ffn_dim: {m.ExpertFfnDim}");
            if (m.SharedExperts > 0) lines.Add($"  shared_experts: {m.SharedExperts}\n  shared_expert_ffn_dim: {m.SharedExpertFfnDim}");
            if (m.DenseLayers > 0) lines.Add($"  dense_layers: {m.DenseLayers}\n  dense_ffn_dim: {m.DenseFfnDim}");
        }
        else
        {
            lines.Add($"  dense_ffn_dim: {m.DenseFfnDim}");
        }

        if (m.SlidingWindowLayers > 0) lines.Add($"  sliding_window_layers: {m.SlidingWindowLayers}\n  sliding_window_tokens: {m.SlidingWindowTokens}");
        if (m.ChunkedAttentionLayers > 0) lines.Add($"  chunked_attention_layers: {m.ChunkedAttentionLayers}\n  attention_chunk_tokens: {m.AttentionChunkTokens}");
        if (m.LinearAttention is { } l)
        {
            lines.Add($"  linear_attention: {{layers: {l.Layers}, key_heads: {l.KeyHeads}, value_heads: {l.ValueHeads}, key_head_dim: {l.KeyHeadDim}, value_head_dim: {l.ValueHeadDim}, conv_kernel: {l.ConvKernel}}}");
        }

        lines.Add($"  weight_format: {m.WeightFormat}\n  model_type: {m.ModelType}");
        return string.Join('\n', lines);
    }
}
