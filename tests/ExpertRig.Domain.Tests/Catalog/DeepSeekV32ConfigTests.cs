using System.Text.Json;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Physics;
using ExpertRig.Testing;

namespace ExpertRig.Domain.Tests.CatalogTests;

/// <summary>
/// DeepSeek V3.2-Exp agrees with DeepSeek's own inference config (config_671B_v3.2.json, kept under
/// rules/catalog/models/inference/), whose keys are the inference demo's ModelArgs rather than Hugging Face's.
/// </summary>
public sealed class DeepSeekV32ConfigTests
{
    private static readonly ExpertRig.Domain.Catalog.Catalog Shipped = CatalogLoader.LoadDefault();
    private static readonly LanguageModel Entry = Shipped.FindModel("deepseek-v3.2-exp");

    private static readonly JsonElement Config = JsonDocument.Parse(File.ReadAllText(
        Repository.Path("rules", "catalog", "models", "inference", "deepseek-v3.2-exp.config_671B_v3.2.json"))).RootElement;

    private static int Int(string key) => Config.GetProperty(key).GetInt32();

    [Fact]
    public void TheShape_IsTheInferenceConfigs()
    {
        Entry.Layers.ShouldBe(Int("n_layers"));
        Entry.HiddenSize.ShouldBe(Int("dim"));
        Entry.AttentionHeads.ShouldBe(Int("n_heads"));
        Entry.KvHeads.ShouldBe(Int("n_heads"));
        Entry.HeadDim.ShouldBe(Int("qk_nope_head_dim") + Int("qk_rope_head_dim"));
        Entry.VocabSize.ShouldBe(Int("vocab_size"));
        Entry.Attention.ShouldBe(AttentionKind.MultiHeadLatent);
        Entry.MlaCacheDim.ShouldBe(Int("kv_lora_rank") + Int("qk_rope_head_dim"));
        Entry.Experts.ShouldBe(Int("n_routed_experts"));
        Entry.ExpertsActive.ShouldBe(Int("n_activated_experts"));
        Entry.SharedExperts.ShouldBe(Int("n_shared_experts"));
        Entry.ExpertFfnDim.ShouldBe(Int("moe_inter_dim"));
        Entry.SharedExpertFfnDim.ShouldBe(Int("moe_inter_dim"));
        Entry.DenseLayers.ShouldBe(Int("n_dense_layers"));
        Entry.DenseFfnDim.ShouldBe(Int("inter_dim"));
        Entry.WeightFormat.ShouldBe(Config.GetProperty("dtype").GetString());
    }

    [Fact]
    public void TheParameters_AreDeepSeekV3sPlusTheSparseAttentionIndexer()
    {
        // model.py's Indexer: wq_b (q_lora_rank → heads × head_dim), wk (dim → head_dim), weights_proj (dim → heads).
        var (heads, headDim) = (Int("index_n_heads"), Int("index_head_dim"));
        var indexerPerLayer = (double)Int("q_lora_rank") * heads * headDim + (double)Int("dim") * headDim + (double)Int("dim") * heads;
        var indexerB = Int("n_layers") * indexerPerLayer / 1e9;
        var v3 = Shipped.FindModel("deepseek-v3");

        Entry.ParamsTotalB.ShouldBe(v3.ParamsTotalB + indexerB, 0.01);
        Entry.ParamsActiveB.ShouldBe(v3.ParamsActiveB + indexerB, 0.01);
    }

    [Fact]
    public void ApartFromTheIndexer_ItIsDeepSeekV3()
    {
        var v3 = Shipped.FindModel("deepseek-v3");

        Entry.Architecture.ShouldBe(v3.Architecture with { ParamsTotalB = Entry.ParamsTotalB, ParamsActiveB = Entry.ParamsActiveB });
        Entry.MaxContextTokens.ShouldBe(v3.MaxContextTokens);
    }

    [Fact]
    public void TheCopy_IsNamedInTheSourcesTable() =>
        File.ReadAllText(Repository.Path("rules", "catalog", "models", "SOURCES.md"))
            .ShouldContain("inference/deepseek-v3.2-exp.config_671B_v3.2.json");
}
