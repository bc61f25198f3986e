using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Rules.Framework;
using ExpertRig.Domain.Predictions;

namespace ExpertRig.Rules.Sizing;

/// <summary>Warns when the KV cache takes more than a quarter of accelerator memory.</summary>
[Name("kv-cache-large-share")]
[Description("Warns when the KV cache for the workload's context × concurrent users takes more than 25% of accelerator memory.")]
[Tag("sizing"), Tag("kv-cache")]
[Priority(50)]
[Source("physics: KV cache = 2 × layers × KV heads × head size × 2 bytes × context × users (MemoryEstimator); guide § 'RAM' (at 128K context a 70B model's KV cache alone can reach 10–20GB)")]
public sealed class KvCacheLargeShareRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction prediction = default!;

        When()
            .Match(() => build)
            .Match(
                () => prediction,
                p => ReferenceEquals(p.Build, build),
                p => p.Estimate.Runs,
                p => SizingCalculations.KvShare(p) > SizingCalculations.KvShareWarningThreshold);
        Then()
            .Yield(ctx => Warning(ctx.Rule.Name, build, prediction));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Warning(string rule, Build build, WorkloadPrediction prediction) =>
        Finding.Written(build, FindingKind.Warning, rule, (build, prediction), static s => Text(s.build, s.prediction));

    private static string Text(Build build, WorkloadPrediction prediction) => KvCacheText.Share(build, prediction) + ": shorten the context or quantize the cache (llama.cpp -fa --cache-type-k q8_0 --cache-type-v q8_0 halves it).";
}
