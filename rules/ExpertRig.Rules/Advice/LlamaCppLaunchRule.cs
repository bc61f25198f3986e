using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Rules.Framework;
using Inference = ExpertRig.Domain.Physics.InferenceEngine;
using ExpertRig.Domain.Advice;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Advice;

/// <summary>Launch hint for llama.cpp on discrete GPUs or the DGX Spark.</summary>
[Name("llama-cpp-launch")]
[Description("Gives the llama-server line for the largest workload's GGUF file at the quantization it was sized at (-ngl, --tensor-split, context, parallel slots), and how to make that file, when llama.cpp runs a CUDA or ROCm build.")]
[Tag("advice"), Tag("software")]
[Priority(0)]
[Source("guide § 'llama.cpp — The Universal Baseline' (--tensor-split, --n-gpu-layers; best for single-user)")]
public sealed class LlamaCppLaunchRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        WorkloadPrediction largest = default!;

        When()
            .Match(() => build, b => AdviceCalculations.Stack(b) != SoftwareStack.Metal)
            .Exists<SoftwareChoice>(s => ReferenceEquals(s.Build, build) && s.Engine == Inference.LlamaCpp)
            .Match(() => requirements)
            .Match(() => largest, p => ReferenceEquals(p.Build, build), p => p.Engine == Inference.LlamaCpp, p => p.Estimate.Runs)
            .Not<WorkloadNeed>(n => GuideClasses.IsLargerThan(n, largest.Need));
        Then()
            .Yield(ctx => Note(ctx.Rule.Name, build, largest, requirements.Users));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Note(string rule, Build build, WorkloadPrediction largest, int users) =>
        Finding.Written(build, FindingKind.Note, rule, (build, largest, users), static s => Text(s.build, s.largest, s.users));

    private static string Text(Build build, WorkloadPrediction largest, int users) =>
        $"Software: llama.cpp's llama-server, which runs on any hardware and can offload layers to system RAM; for {largest.Need.Model.Name} at {largest.Quant.Name} run `{AdviceCalculations.LlamaServerCommand(build, largest, users)}` ("
        + $"{AdviceCalculations.GgufSource(largest)}).";
}
