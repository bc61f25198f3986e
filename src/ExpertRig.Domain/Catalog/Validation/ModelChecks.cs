using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Catalog.Validation;

/// <summary>Checks for models (a coherent transformer shape, resolvable base model) and quantizations.</summary>
internal static class ModelChecks
{
    public static void Model(
        LanguageModel model, EntryChecks check, IReadOnlyList<LanguageModel> models, IReadOnlyList<Quantization> quants)
    {
        check.Text("hf_repo", model.HfRepo);
        check.Positive("params_total_b", model.ParamsTotalB);
        check.Require(
            model.ParamsActiveB > 0 && model.ParamsActiveB <= model.ParamsTotalB,
            "params_active_b",
            $"must be greater than 0 and at most params_total_b {EntryChecks.Show(model.ParamsTotalB)} (got {EntryChecks.Show(model.ParamsActiveB)})");
        check.Between("layers", model.Layers, 1, 1000);
        check.Positive("hidden_size", model.HiddenSize);
        check.Positive("attention_heads", model.AttentionHeads);
        check.Require(
            model.KvHeads >= 1 && model.KvHeads <= model.AttentionHeads && model.AttentionHeads % Math.Max(1, model.KvHeads) == 0,
            "kv_heads",
            $"must divide attention_heads {model.AttentionHeads} (got {model.KvHeads})");
        check.Positive("head_dim", model.HeadDim);
        check.Positive("max_context_tokens", model.MaxContextTokens);
        check.Between("vocab_size", model.VocabSize, 1000, 1_000_000);
        CheckAttention(model, check);
        CheckExperts(model, check);
        LayerKindChecks.Check(model, check);
        CheckWeightFormat(model, check, quants);
        CheckBaseModel(model, check, models);
    }

    public static void Quantization(Quantization quant, EntryChecks check)
    {
        check.Between("bits_per_weight", quant.BitsPerWeight, 1, 32);
        check.Between("bpw_nominal", quant.BpwNominal, 1, 32);
        check.Positive("bpw_llama3_8b", quant.BpwLlama3For8B);
        check.Positive("bpw_llama3_70b", quant.BpwLlama3For70B);
        check.Require(quant.PplDeltaLlama3For8B is null or >= 0, "ppl_delta_llama3_8b", "must not be negative");
        check.Require(quant.PplDeltaPctLlama3For70B is null or >= 0, "ppl_delta_pct_llama3_70b", "must not be negative");
        check.Range("quality_vs_fp16_pct", quant.QualityVsFp16Pct, 0, 100);
        check.Require(quant.Engines is { Count: > 0 }, "engines", "must list at least one inference engine");
    }

    private static void CheckAttention(LanguageModel model, EntryChecks check)
    {
        if (model.Attention == AttentionKind.MultiHeadLatent)
        {
            check.Require(
                model.MlaCacheDim > 0, "mla_cache_dim", "must be given for multi-head-latent attention (kv_lora_rank + qk_rope_head_dim)");
        }
        else
        {
            check.Require(model.MlaCacheDim == 0, "mla_cache_dim", "applies only to multi-head-latent attention");
        }
    }

    private static void CheckExperts(LanguageModel model, EntryChecks check)
    {
        check.Require(model.Experts is null == model.ExpertsActive is null, "experts", "and experts_active go together");
        check.Require(
            model.ExpertsActive is null || (model.ExpertsActive >= 1 && model.ExpertsActive <= model.Experts),
            "experts_active",
            $"must be between 1 and experts {model.Experts}");
    }

    private static void CheckWeightFormat(LanguageModel model, EntryChecks check, IReadOnlyList<Quantization> quants)
    {
        if (!quants.Any(quant => string.Equals(quant.Id, model.WeightFormat, StringComparison.Ordinal)))
        {
            var closest = IdSuggestions.Closest(model.WeightFormat, quants.Select(quant => quant.Id));
            var hint = closest.Count > 0 ? $"; did you mean {closest[0]}?" : string.Empty;
            check.Fail("weight_format", $"'{model.WeightFormat}' is not a quantization id in quants.yaml{hint}");
        }
    }

    private static void CheckBaseModel(LanguageModel model, EntryChecks check, IReadOnlyList<LanguageModel> models)
    {
        if (model.BaseModel is null)
        {
            return;
        }

        var baseModel = models.FirstOrDefault(other => string.Equals(other.Id, model.BaseModel, StringComparison.Ordinal));
        if (baseModel is null)
        {
            var closest = IdSuggestions.Closest(model.BaseModel, models.Select(other => other.Id));
            var hint = closest.Count > 0 ? $"; did you mean {closest[0]}?" : string.Empty;
            check.Fail("base_model", $"'{model.BaseModel}' is not a model in models.yaml{hint}");
            return;
        }

        check.Require(
            SameShape(model, baseModel),
            "base_model",
            $"'{baseModel.Id}' has a different architecture (parameters, layers, width or heads)");
    }

    private static bool SameShape(LanguageModel model, LanguageModel baseModel) =>
        model.ParamsTotalB == baseModel.ParamsTotalB
        && model.ParamsActiveB == baseModel.ParamsActiveB
        && model.Layers == baseModel.Layers
        && model.HiddenSize == baseModel.HiddenSize
        && model.AttentionHeads == baseModel.AttentionHeads
        && model.KvHeads == baseModel.KvHeads
        && model.HeadDim == baseModel.HeadDim
        && model.Attention == baseModel.Attention
        && model.MlaCacheDim == baseModel.MlaCacheDim
        && model.TiedEmbeddings == baseModel.TiedEmbeddings;
}
