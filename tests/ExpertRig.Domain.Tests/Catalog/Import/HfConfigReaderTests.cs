using ExpertRig.Domain.Catalog.Import;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Tests.CatalogTests.Import;

/// <summary>
/// The config.json reader applies each architecture's layer pattern when the file does not list layer_types, and
/// reads experts, latent attention and the native format. (The copied configs of the catalog's models are checked in
/// ModelConfigAgreementTests; these cover the patterns with small configs written here.)
/// </summary>
public sealed class HfConfigReaderTests
{
    [Fact]
    public void Gemma2_AlternatesSlidingAndGlobalLayers()
    {
        var model = Read("""
            {"model_type": "gemma2", "num_hidden_layers": 42, "hidden_size": 3584, "num_attention_heads": 16,
             "num_key_value_heads": 8, "head_dim": 256, "intermediate_size": 14336, "vocab_size": 256000,
             "max_position_embeddings": 8192, "sliding_window": 4096}
            """);

        model.SlidingWindowLayers.ShouldBe(21);
        model.SlidingWindowTokens.ShouldBe(4096);
        model.Architecture.FullAttentionLayers.ShouldBe(21);
        model.TiedEmbeddings.ShouldBeTrue();
    }

    [Fact]
    public void Gemma3_HasFiveSlidingLayersPerGlobalLayer_WhenTheFileGivesNoPattern()
    {
        var model = Read("""
            {"model_type": "gemma3", "text_config": {"model_type": "gemma3_text", "num_hidden_layers": 48,
             "hidden_size": 3840, "num_attention_heads": 16, "num_key_value_heads": 8, "head_dim": 256,
             "intermediate_size": 15360, "vocab_size": 262144, "max_position_embeddings": 131072, "sliding_window": 1024}}
            """);

        model.SlidingWindowLayers.ShouldBe(40);
        model.Architecture.FullAttentionLayers.ShouldBe(8);
    }

    [Fact]
    public void Mistral7Bv01_SlidesOnEveryLayer()
    {
        var model = Read("""
            {"model_type": "mistral", "num_hidden_layers": 32, "hidden_size": 4096, "num_attention_heads": 32,
             "num_key_value_heads": 8, "intermediate_size": 14336, "vocab_size": 32000,
             "max_position_embeddings": 32768, "sliding_window": 4096}
            """);

        model.SlidingWindowLayers.ShouldBe(32);
        model.HeadDim.ShouldBe(128);
        model.ParamsTotalB.ShouldBe(7.24, 0.01);
    }

    [Fact]
    public void MistralWithoutWindow_HasOnlyFullAttention()
    {
        var model = Read("""
            {"model_type": "mistral", "num_hidden_layers": 40, "hidden_size": 5120, "num_attention_heads": 32,
             "num_key_value_heads": 8, "head_dim": 128, "intermediate_size": 14336, "vocab_size": 131072,
             "max_position_embeddings": 128000, "sliding_window": null}
            """);

        model.SlidingWindowLayers.ShouldBe(0);
        model.Architecture.FullAttentionLayers.ShouldBe(40);
    }

    [Fact]
    public void LayerTypes_WinOverThePattern()
    {
        var types = string.Join(", ", Enumerable.Repeat("\"full_attention\"", 4));
        var model = Read($$"""
            {"model_type": "gemma2", "num_hidden_layers": 4, "hidden_size": 256, "num_attention_heads": 4,
             "intermediate_size": 512, "vocab_size": 1000, "max_position_embeddings": 4096, "sliding_window": 128,
             "layer_types": [{{types}}]}
            """);

        model.SlidingWindowLayers.ShouldBe(0);
    }

    [Fact]
    public void Llama4_ChunksThreeOfFourLayers_AndInterleavesExperts()
    {
        var model = Read("""
            {"model_type": "llama4", "text_config": {"model_type": "llama4_text", "num_hidden_layers": 48,
             "hidden_size": 5120, "num_attention_heads": 40, "num_key_value_heads": 8, "head_dim": 128,
             "intermediate_size": 8192, "intermediate_size_mlp": 16384, "vocab_size": 202048,
             "max_position_embeddings": 1048576, "attention_chunk_size": 8192, "num_local_experts": 128,
             "num_experts_per_tok": 1, "interleave_moe_layer_step": 2}}
            """);

        model.ChunkedAttentionLayers.ShouldBe(36);
        model.AttentionChunkTokens.ShouldBe(8192);
        model.Experts.ShouldBe(128);
        model.DenseLayers.ShouldBe(24);
        model.DenseFfnDim.ShouldBe(16384);
        model.SharedExperts.ShouldBe(1);
        model.ParamsTotalB.ShouldBe(400, 400 * 0.06);
    }

    [Fact]
    public void Glm4Moe_ReadsDenseLayersAndSharedExpert()
    {
        var model = Read("""
            {"model_type": "glm4_moe", "num_hidden_layers": 92, "hidden_size": 5120, "num_attention_heads": 96,
             "num_key_value_heads": 8, "head_dim": 128, "intermediate_size": 12288, "moe_intermediate_size": 1536,
             "n_routed_experts": 160, "n_shared_experts": 1, "num_experts_per_tok": 8, "first_k_dense_replace": 3,
             "vocab_size": 151552, "max_position_embeddings": 131072}
            """);

        model.Architecture.Experts.ShouldBe(new ExpertLayout(160, 8, 1, 3, 1536, 1536, 12288));
        model.ParamsTotalB.ShouldBe(355, 355 * 0.06);
        model.ParamsActiveB.ShouldBe(32, 32 * 0.1);
    }

    [Fact]
    public void DeepSeek_IsLatentAttention_InFp8()
    {
        var model = Read("""
            {"model_type": "deepseek_v3", "num_hidden_layers": 61, "hidden_size": 7168, "num_attention_heads": 128,
             "num_key_value_heads": 128, "intermediate_size": 18432, "moe_intermediate_size": 2048,
             "n_routed_experts": 256, "n_shared_experts": 1, "num_experts_per_tok": 8, "first_k_dense_replace": 3,
             "kv_lora_rank": 512, "q_lora_rank": 1536, "qk_rope_head_dim": 64, "qk_nope_head_dim": 128, "v_head_dim": 128,
             "vocab_size": 129280, "max_position_embeddings": 163840, "quantization_config": {"quant_method": "fp8"}}
            """);

        model.Attention.ShouldBe(AttentionKind.MultiHeadLatent);
        model.MlaCacheDim.ShouldBe(576);
        model.HeadDim.ShouldBe(192);
        model.WeightFormat.ShouldBe("fp8");
        model.ParamsTotalB.ShouldBe(671.03, 0.01);
    }

    [Fact]
    public void DeepSeekV32_IsV3PlusItsSparseAttentionIndexer()
    {
        const string v3 = """
            "num_hidden_layers": 61, "hidden_size": 7168, "num_attention_heads": 128,
             "num_key_value_heads": 128, "intermediate_size": 18432, "moe_intermediate_size": 2048,
             "n_routed_experts": 256, "n_shared_experts": 1, "num_experts_per_tok": 8, "first_k_dense_replace": 3,
             "kv_lora_rank": 512, "q_lora_rank": 1536, "qk_rope_head_dim": 64, "qk_nope_head_dim": 128, "v_head_dim": 128,
             "vocab_size": 129280, "max_position_embeddings": 163840
            """;
        var before = Read("{\"model_type\": \"deepseek_v3\", " + v3 + "}");
        var after = Read("{\"model_type\": \"deepseek_v32\", \"index_n_heads\": 64, \"index_head_dim\": 128, \"index_topk\": 2048, " + v3 + "}");

        // Per layer: wq_b 1536 × 64·128, wk 7168 × 128, weights_proj 7168 × 64 (DeepSeek-V3.2-Exp inference/model.py).
        var indexerB = 61 * ((1536.0 * 64 * 128) + (7168.0 * 128) + (7168.0 * 64)) / 1e9;
        after.ParamsTotalB.ShouldBe(before.ParamsTotalB + indexerB, 0.01);
        after.ParamsActiveB.ShouldBe(before.ParamsActiveB + indexerB, 0.01);
        after.Attention.ShouldBe(AttentionKind.MultiHeadLatent);
        after.MlaCacheDim.ShouldBe(576);
        after.Architecture.Experts.ShouldBe(before.Architecture.Experts);
        after.ModelType.ShouldBe("deepseek_v32");
    }

    [Fact]
    public void GptOss_TakesMxfp4FromItsQuantizationConfig()
    {
        var model = Read("""
            {"model_type": "gpt_oss", "num_hidden_layers": 24, "hidden_size": 2880, "num_attention_heads": 64,
             "num_key_value_heads": 8, "head_dim": 64, "intermediate_size": 2880, "num_local_experts": 32,
             "experts_per_token": 4, "vocab_size": 201088, "max_position_embeddings": 131072, "sliding_window": 128,
             "quantization_config": {"quant_method": "mxfp4"}}
            """);

        model.WeightFormat.ShouldBe("mxfp4");
        model.SlidingWindowLayers.ShouldBe(12);
        model.ExpertsActive.ShouldBe(4);
    }

    [Fact]
    public void Qwen3Next_CountsLinearLayersFromTheInterval()
    {
        var model = Read("""
            {"model_type": "qwen3_next", "num_hidden_layers": 48, "hidden_size": 2048, "num_attention_heads": 16,
             "num_key_value_heads": 2, "head_dim": 256, "intermediate_size": 5120, "moe_intermediate_size": 512,
             "shared_expert_intermediate_size": 512, "num_experts": 512, "num_experts_per_tok": 10,
             "full_attention_interval": 4, "linear_num_key_heads": 16, "linear_num_value_heads": 32,
             "linear_key_head_dim": 128, "linear_value_head_dim": 128, "linear_conv_kernel_dim": 4,
             "vocab_size": 151936, "max_position_embeddings": 262144}
            """);

        model.Architecture.LinearAttention.ShouldBe(new LinearAttentionShape(36, 16, 32, 128, 128, 4));
        model.Architecture.FullAttentionLayers.ShouldBe(12);
    }

    private static ExpertRig.Domain.Catalog.LanguageModel Read(string json) =>
        HfConfigReader.Read("test.config.json", json).Model;
}
