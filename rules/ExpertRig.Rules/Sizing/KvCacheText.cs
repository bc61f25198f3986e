using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Predictions;
using ExpertRig.Rules.Framework;

namespace ExpertRig.Rules.Sizing;

/// <summary>The KV-cache sentence kv-cache-size notes and kv-cache-large-share warns with.</summary>
internal static class KvCacheText
{
    /// <summary>"The KV cache of {model} for {context} tokens × {users} user(s) takes {GB}, {share} of the build's {GB} of accelerator memory" (no full stop).</summary>
    public static string Share(Build build, WorkloadPrediction prediction) =>
        $"The KV cache of {prediction.Need.Model.Name} for {Figures.Number(prediction.Need.ContextTokens, 0)} tokens × {SizingCalculations.Users(prediction)} user(s) takes "
        + $"{Figures.Gb(prediction.Estimate.KvCacheGb)}, {FrameworkText.Percent(SizingCalculations.KvShare(prediction))} of the build's {Figures.MarketedGb(build.AcceleratorMemoryGb)} of accelerator memory";
}
