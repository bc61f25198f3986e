using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Predictions;

/// <summary>
/// Whether a smaller KV cache element type would make a workload fit in accelerator memory that does not fit with the
/// cache it was predicted at: llama.cpp and Ollama store the cache as q8_0 (34 bytes per 32 elements) or q4_0 (18)
/// with flash attention (<c>-fa --cache-type-k q8_0 --cache-type-v q8_0</c>).
/// </summary>
public static class KvCacheAdvice
{
    /// <summary>The cache types tried, largest first (q8_0 costs little quality, q4_0 more).</summary>
    public static IReadOnlyList<KvCacheType> Smaller(KvCacheType current) => current switch
    {
        // Read on every evaluation of the rule's condition: fixed lists, not a new one each time.
        KvCacheType.F16 => BothQuantized,
        KvCacheType.Q8_0 => OnlyQ4,
        _ => [],
    };

    private static readonly IReadOnlyList<KvCacheType> BothQuantized = Array.AsReadOnly([KvCacheType.Q8_0, KvCacheType.Q4_0]);

    private static readonly IReadOnlyList<KvCacheType> OnlyQ4 = Array.AsReadOnly([KvCacheType.Q4_0]);

    /// <summary>
    /// The largest quantized cache with which the prediction's model and quantization fit in accelerator memory
    /// where they do not with <paramref name="current"/>, and the estimate with it; null when none does, when the
    /// workload already fits, or when the engine has no quantized cache (vLLM, ExLlamaV2 and MLX are not modelled).
    /// </summary>
    public static (KvCacheType Cache, InferenceEstimate Estimate)? CacheThatFits(WorkloadPrediction prediction, int users, KvCacheType current, Knowledge knowledge)
    {
        if (prediction.Estimate.Fits || prediction.Engine is not (Physics.InferenceEngine.LlamaCpp or Physics.InferenceEngine.Ollama))
        {
            return null;
        }

        var smaller = Smaller(current);
        for (var i = 0; i < smaller.Count; i++)
        {
            // Whether it fits is read from the memory plans; the estimate is made only for the cache that fits.
            var cache = smaller[i];
            if (WorkloadPredictor.FitsAt(prediction.Build, prediction.Need, prediction.Quant, prediction.Engine, users, knowledge, cache))
            {
                return (cache, WorkloadPredictor.Estimate(prediction.Build, prediction.Need, prediction.Quant, prediction.Engine, users, knowledge, withAssumptions: false, cache));
            }
        }

        return null;
    }
}
