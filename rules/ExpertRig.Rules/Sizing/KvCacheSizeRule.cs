using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Rules.Framework;
using ExpertRig.Domain.Predictions;

namespace ExpertRig.Rules.Sizing;

/// <summary>Notes the KV cache a workload's context and users take.</summary>
[Name("kv-cache-size")]
[Description("Notes the KV cache for the workload's context × concurrent users when it takes at most a quarter of accelerator memory.")]
[Tag("sizing"), Tag("kv-cache")]
[Priority(50)]
[Source("physics: KV cache = 2 × layers × KV heads × head size × 2 bytes × context × users (MemoryEstimator); guide § 'RAM' (KV cache grows with context length)")]
public sealed class KvCacheSizeRule : Rule
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
                p => SizingCalculations.KvShare(p) <= SizingCalculations.KvShareWarningThreshold);
        Then()
            .Yield(ctx => Note(ctx.Rule.Name, build, prediction));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Note(string rule, Build build, WorkloadPrediction prediction) =>
        Finding.Written(build, FindingKind.Note, rule, (build, prediction), static s => Text(s.build, s.prediction));

    private static string Text(Build build, WorkloadPrediction prediction) => KvCacheText.Share(build, prediction) + ".";
}
