using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Rules.Framework;
using Inference = ExpertRig.Domain.Physics.InferenceEngine;
using ExpertRig.Domain.Advice;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Advice;

/// <summary>Launch hint for ExLlamaV2 on NVIDIA when the model fits.</summary>
[Name("exllamav2-launch")]
[Description("Gives the ExLlamaV2 flags (the EXL2 directory at the bitrate the largest workload was sized at, GPU split, length) when ExLlamaV2 runs an NVIDIA build.")]
[Tag("advice"), Tag("software")]
[Priority(0)]
[Source("guide § 'ExLlamaV2 — Maximum Speed on NVIDIA' (50–85% faster than llama.cpp; no CPU offloading)")]
public sealed class ExLlamaV2LaunchRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction largest = default!;

        When()
            .Match(() => build)
            .Exists<SoftwareChoice>(s => ReferenceEquals(s.Build, build) && s.Engine == Inference.ExLlamaV2)
            .Match(() => largest, p => ReferenceEquals(p.Build, build), p => p.Engine == Inference.ExLlamaV2, p => p.Quant.Format == QuantFormat.Exl2, p => p.Estimate.Fits)
            .Not<WorkloadNeed>(n => GuideClasses.IsLargerThan(n, largest.Need));
        Then()
            .Yield(ctx => Note(ctx.Rule.Name, build, largest));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Note(string rule, Build build, WorkloadPrediction largest) =>
        Finding.Written(build, FindingKind.Note, rule, (build, largest), static s => Text(s.build, s.largest));

    private static string Text(Build build, WorkloadPrediction largest) =>
        $"Software: ExLlamaV2, the fastest single-user engine on NVIDIA when the whole model fits in VRAM (it cannot offload); load {largest.Need.Model.Name} at {largest.Quant.Name} with `{AdviceCalculations.ExLlamaV2Flags(build, largest)}` ("
        + $"{AdviceCalculations.Exl2Source(largest)}).";
}
