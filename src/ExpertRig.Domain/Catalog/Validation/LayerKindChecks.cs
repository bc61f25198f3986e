namespace ExpertRig.Domain.Catalog.Validation;

/// <summary>Checks that a model's layer kinds (sliding, chunked, linear) and expert layout add up.</summary>
internal static class LayerKindChecks
{
    public static void Check(LanguageModel model, EntryChecks check)
    {
        Windowed(check, "sliding_window_layers", model.SlidingWindowLayers, "sliding_window_tokens", model.SlidingWindowTokens);
        Windowed(check, "chunked_attention_layers", model.ChunkedAttentionLayers, "attention_chunk_tokens", model.AttentionChunkTokens);
        if (model.LinearAttention is { } linear)
        {
            check.Between("linear_attention", linear.Layers, 1, model.Layers - 1, "a hybrid keeps some full-attention layers");
            check.Require(
                linear.KeyHeads > 0 && linear.ValueHeads > 0 && linear.KeyHeadDim > 0 && linear.ValueHeadDim > 0 && linear.ConvKernel > 0,
                "linear_attention",
                "heads, head sizes and conv_kernel must all be greater than 0");
        }

        var special = model.SlidingWindowLayers + model.ChunkedAttentionLayers + (model.LinearAttention?.Layers ?? 0);
        check.Require(
            special <= model.Layers,
            "layers",
            $"must be at least the sliding, chunked and linear layers together ({special})");
        Experts(model, check);
    }

    private static void Windowed(EntryChecks check, string layersKey, int layers, string tokensKey, int tokens)
    {
        check.NotNegative(layersKey, layers);
        check.Require(
            (layers == 0) == (tokens == 0),
            tokensKey,
            $"must be given exactly when {layersKey} is greater than 0 (got {layersKey} {layers}, {tokensKey} {tokens})");
        check.NotNegative(tokensKey, tokens);
    }

    private static void Experts(LanguageModel model, EntryChecks check)
    {
        check.NotNegative("shared_experts", model.SharedExperts);
        check.NotNegative("expert_ffn_dim", model.ExpertFfnDim);
        check.NotNegative("shared_expert_ffn_dim", model.SharedExpertFfnDim);
        check.NotNegative("dense_ffn_dim", model.DenseFfnDim);
        check.Require(
            model.DenseLayers >= 0 && model.DenseLayers < model.Layers,
            "dense_layers",
            $"must be between 0 and layers - 1 ({model.Layers - 1}) (got {model.DenseLayers})");
        if (model.Experts is null)
        {
            check.Require(
                model.SharedExperts == 0 && model.DenseLayers == 0 && model.ExpertFfnDim == 0 && model.SharedExpertFfnDim == 0,
                "experts",
                "is required when shared_experts, dense_layers, expert_ffn_dim or shared_expert_ffn_dim is given");
            return;
        }

        check.Require(
            (model.SharedExperts == 0) == (model.SharedExpertFfnDim == 0),
            "shared_expert_ffn_dim",
            "must be given exactly when shared_experts is greater than 0");
        check.Require(model.DenseLayers == 0 || model.DenseFfnDim > 0, "dense_ffn_dim", "must be given when dense_layers is greater than 0");
    }
}
