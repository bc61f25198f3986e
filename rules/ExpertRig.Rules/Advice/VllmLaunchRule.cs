using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Rules.Framework;
using Inference = ExpertRig.Domain.Physics.InferenceEngine;
using ExpertRig.Domain.Advice;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Advice;

/// <summary>Launch hint for vLLM multi-user serving.</summary>
[Name("vllm-launch")]
[Description("Gives the vllm serve line for the largest workload at the quantization it was sized at (16-bit or FP8 from the model's checkpoint, an AWQ/GPTQ checkpoint to download otherwise), with --tensor-parallel-size, context and concurrent sequences, when vLLM serves the build.")]
[Tag("advice"), Tag("software")]
[Priority(0)]
[Source("guide § 'vLLM — Production Multi-User Serving' (PagedAttention; ~80 vs ~60 tok/s each at 5 users)")]
public sealed class VllmLaunchRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        WorkloadPrediction largest = default!;

        When()
            .Match(() => build)
            .Exists<SoftwareChoice>(s => ReferenceEquals(s.Build, build) && s.Engine == Inference.Vllm)
            .Match(() => requirements)
            .Match(() => largest, p => ReferenceEquals(p.Build, build), p => p.Engine == Inference.Vllm, p => p.Estimate.Runs)
            .Not<WorkloadNeed>(n => GuideClasses.IsLargerThan(n, largest.Need));
        Then()
            .Yield(ctx => Note(ctx.Rule.Name, build, largest, requirements.Users));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Note(string rule, Build build, WorkloadPrediction largest, int users) =>
        Finding.Written(build, FindingKind.Note, rule, (build, largest, users), static s => Text(s.build, s.largest, s.users));

    private static string Text(Build build, WorkloadPrediction largest, int users) =>
        $"Software: vLLM, the guide's server for concurrent users and batch work (its paged KV cache keeps per-user speed up under load); for {largest.Need.Model.Name} at {largest.Quant.Name} run `{AdviceCalculations.VllmCommand(build, largest, users)}`"
        + (AdviceCalculations.VllmDownload(largest) is { } download ? $" ({download})." : ".");
}
