using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Predictions;
using ExpertRig.Engine.Dsl;

namespace ExpertRig.Rules.Sizing;

/// <summary>Advises a quantized KV cache when it alone would make a workload fit in accelerator memory.</summary>
[Name("quantized-kv-cache-fits")]
[Description("When a workload does not fit in accelerator memory with its KV cache but would with a q8_0 (or q4_0) cache, says so and gives the llama.cpp flags.")]
[Tag("sizing"), Tag("kv-cache")]
[Priority(50)]
[Source("physics: KV cache per layer kind × bytes per element (f16 2, q8_0 34/32, q4_0 18/32: ggml-common.h block layouts); llama.cpp --cache-type-k/-v (a quantized V cache needs -fa)")]
public sealed class QuantizedKvCacheFitsRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction prediction = default!;
        Requirements requirements = default!;
        Knowledge knowledge = default!;

        When()
            .Match(() => build)
            .Match(() => requirements)
            .Match(() => knowledge)
            .Match(
                () => prediction,
                p => ReferenceEquals(p.Build, build),
                p => !p.Estimate.Fits,
                p => KvCacheAdvice.CacheThatFits(p, requirements.Users, requirements.KvCache, knowledge) != null);
        Then()
            .Yield(ctx => Note(ctx.Rule.Name, build, prediction, requirements, KvCacheAdvice.CacheThatFits(prediction, requirements.Users, requirements.KvCache, knowledge)!.Value));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Note(string rule, Build build, WorkloadPrediction prediction, Requirements requirements, (KvCacheType Cache, InferenceEstimate Estimate) smaller) =>
        Finding.Written(build, FindingKind.Note, rule, (prediction, requirements, smaller), static s => Text(s.prediction, s.requirements, s.smaller));

    private static string Text(WorkloadPrediction p, Requirements requirements, (KvCacheType Cache, InferenceEstimate Estimate) smaller)
    {
        var id = KvCacheTypes.ToId(smaller.Cache);
        return $"{p.Need.Model.Name} at {p.Quant.Name} would fit in accelerator memory with a {id} KV cache ({Figures.Gb(smaller.Estimate.KvCacheGb)} instead of {Figures.Gb(p.Estimate.KvCacheGb)} at {KvCacheTypes.ToId(requirements.KvCache)}), "
            + $"predicted {Figures.Speed(smaller.Estimate.DecodeTokensPerSecondPerUser)} tok/s per user instead of {Figures.Speed(p.DecodePerUser)}: run llama.cpp with `-fa --cache-type-k {id} --cache-type-v {id}` (profile `kv_cache: {id}`); "
            + (smaller.Cache == KvCacheType.Q8_0 ? "q8_0 costs little quality." : "q4_0 costs noticeably more quality than q8_0.");
    }
}
