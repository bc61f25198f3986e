using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Rules.Framework;
using Inference = ExpertRig.Domain.Physics.InferenceEngine;
using ExpertRig.Domain.Advice;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Advice;

/// <summary>Launch hint for Ollama.</summary>
[Name("ollama-launch")]
[Description("Gives the Ollama Modelfile (FROM the largest workload's GGUF file at the quantization it was sized at, num_gpu, num_ctx) and the parallel setting when Ollama runs the build.")]
[Tag("advice"), Tag("software")]
[Priority(0)]
[Source("guide § 'Ollama — The Practitioner's Interface' (wraps llama.cpp; identical single-user performance)")]
public sealed class OllamaLaunchRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        WorkloadPrediction largest = default!;

        When()
            .Match(() => build)
            .Exists<SoftwareChoice>(s => ReferenceEquals(s.Build, build) && s.Engine == Inference.Ollama)
            .Match(() => requirements)
            .Match(() => largest, p => ReferenceEquals(p.Build, build), p => p.Engine == Inference.Ollama, p => p.Estimate.Runs)
            .Not<WorkloadNeed>(n => GuideClasses.IsLargerThan(n, largest.Need));
        Then()
            .Yield(ctx => Note(ctx.Rule.Name, build, largest, requirements.Users));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Note(string rule, Build build, WorkloadPrediction largest, int users) =>
        Finding.Written(build, FindingKind.Note, rule, (largest, users), static s => Text(s.largest, s.users));

    private static string Text(WorkloadPrediction largest, int users) =>
        $"Software: Ollama (llama.cpp underneath, with model management and a REST API); for {largest.Need.Model.Name} at {largest.Quant.Name} write a Modelfile with `FROM ./{AdviceCalculations.GgufFile(largest)}`, `PARAMETER num_gpu {AdviceCalculations.GpuLayers(largest)}` and `PARAMETER num_ctx {largest.Need.ContextTokens}`, load it with `ollama create`"
        + (users > 1 ? $" and start the server with OLLAMA_NUM_PARALLEL={users}" : "")
        + $" ({AdviceCalculations.GgufSource(largest)}).";
}
