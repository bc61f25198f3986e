namespace ExpertRig.Domain.Catalog.Import;

/// <summary>The expert layout of a config.json, each architecture spelling its keys its own way.</summary>
internal sealed record MoeShape(int Routed, int Active, int Shared, int DenseLayers, int ExpertFfn, int SharedFfn)
{
    public static MoeShape? Read(string modelType, ConfigFields text, int layers)
    {
        switch (modelType)
        {
            case "mixtral":
            case "gpt_oss":
                return new(
                    text.Int("num_local_experts"),
                    text.OptionalInt("num_experts_per_tok") ?? text.Int("experts_per_token"),
                    0, 0, text.Int("intermediate_size"), 0);
            case "qwen3_moe":
            case "qwen3_next":
            case "qwen3_5_moe":
                var sharedFfn = text.OptionalInt("shared_expert_intermediate_size") ?? 0;
                var step = Math.Max(1, text.OptionalInt("decoder_sparse_step") ?? 1);
                var dense = (text.Ints("mlp_only_layers")?.Count ?? 0) + (layers - (layers / step));
                return new(
                    text.Int("num_experts"), text.Int("num_experts_per_tok"), sharedFfn > 0 ? 1 : 0, dense,
                    text.Int("moe_intermediate_size"), sharedFfn);
            case "deepseek_v3":
            case "deepseek_v32":
            case "kimi_k2":
            case "glm4_moe":
                var shared = text.OptionalInt("n_shared_experts") ?? text.OptionalInt("num_shared_experts") ?? 0;
                var expertFfn = text.Int("moe_intermediate_size");
                return new(
                    text.OptionalInt("n_routed_experts") ?? text.Int("num_routed_experts"), text.Int("num_experts_per_tok"), shared,
                    text.OptionalInt("first_k_dense_replace") ?? 0, expertFfn, shared * expertFfn);
            case "llama4":
            case "llama4_text":
                var interleave = Math.Max(1, text.OptionalInt("interleave_moe_layer_step") ?? 1);
                var ffn = text.Int("intermediate_size");
                return new(
                    text.Int("num_local_experts"), text.Int("num_experts_per_tok"), 1, layers - (layers / interleave), ffn, ffn);
            default:
                return null;
        }
    }
}
