using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Predictions;

/// <summary>
/// Predicts one workload on one build. With a requested quantization it estimates that; otherwise it walks the
/// <see cref="QuantLadder"/> and keeps the best quality that fits in accelerator memory and meets the speed need,
/// then the best that runs with CPU offload and meets it, then the best that fits, then the best that runs at all.
/// When the build's serving engine (vLLM, ExLlamaV2) cannot run the workload at all — they cannot offload to system
/// RAM — the workload falls back to llama.cpp, which can; the prediction names the engine it used.
/// </summary>
public static class WorkloadPredictor
{
    /// <summary>The engine used, the chosen quantization and its estimate.</summary>
    public static (Physics.InferenceEngine Engine, Quantization Quant, InferenceEstimate Estimate) Predict(
        Build build, WorkloadNeed need, Physics.InferenceEngine engine, int users, Knowledge knowledge)
    {
        // A requested quantization the engine cannot load (GGUF on ExLlamaV2, say) runs on llama.cpp instead.
        if (need.Quant is { } requested && !CatalogDevices.Runs(requested, engine) && CatalogDevices.Runs(requested, Physics.InferenceEngine.LlamaCpp))
        {
            engine = Physics.InferenceEngine.LlamaCpp;
        }

        var (quant, estimate) = PredictWith(build, need, engine, users, knowledge);
        if (estimate.Runs || engine is Physics.InferenceEngine.LlamaCpp or Physics.InferenceEngine.Ollama)
        {
            return (engine, quant, estimate);
        }

        var fallback = PredictWith(build, need, Physics.InferenceEngine.LlamaCpp, users, knowledge);
        return fallback.Estimate.Runs ? (Physics.InferenceEngine.LlamaCpp, fallback.Quant, fallback.Estimate) : (engine, quant, estimate);
    }

    private static (Quantization Quant, InferenceEstimate Estimate) PredictWith(
        Build build, WorkloadNeed need, Physics.InferenceEngine engine, int users, Knowledge knowledge)
    {
        if (need.Quant is { } requested)
        {
            return (requested, Estimate(build, need, requested, engine, users, knowledge));
        }

        // Candidates are compared without their assumption texts; the one kept is estimated again with them.
        var candidates = QuantLadder.For(knowledge.Catalog, engine)
            .Select(q => (Quant: q, Estimate: Estimate(build, need, q, engine, users, knowledge, withAssumptions: false)))
            .ToList();
        if (candidates.Count == 0)
        {
            throw new InvalidOperationException($"the catalog has no quantization that {EngineNames.Display(engine)} runs");
        }

        Func<InferenceEstimate, bool>[] preferences =
        [
            e => e.Fits && MeetsSpeed(need, e),
            e => e.Runs && MeetsSpeed(need, e),
            e => e.Fits,
            e => e.Runs,
        ];
        foreach (var preferred in preferences)
        {
            var hit = candidates.FindIndex(c => preferred(c.Estimate));
            if (hit >= 0)
            {
                return Explained(candidates[hit].Quant);
            }
        }

        return Explained(candidates[^1].Quant);

        (Quantization, InferenceEstimate) Explained(Quantization quant) =>
            (quant, Estimate(build, need, quant, engine, users, knowledge));
    }

    /// <summary>The physics estimate of one workload at one quantization on one build.</summary>
    public static InferenceEstimate Estimate(
        Build build, WorkloadNeed need, Quantization quant, Physics.InferenceEngine engine, int users, Knowledge knowledge,
        bool withAssumptions = true)
    {
        var scenario = new InferenceScenario(
            need.Model.Architecture,
            CatalogDevices.ForQuant(quant),
            BuildHardware.Devices(build),
            engine,
            need.ContextTokens,
            users,
            KvCacheType.F16,
            BuildHardware.Host(build));
        return InferenceEstimator.Estimate(scenario, knowledge.Physics, withAssumptions);
    }

    private static bool MeetsSpeed(WorkloadNeed need, InferenceEstimate estimate) =>
        need.MinTokensPerSecond is not { } min || estimate.DecodeTokensPerSecondPerUser >= min;
}
