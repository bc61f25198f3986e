using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Rules.Framework;
using Inference = ExpertRig.Domain.Physics.InferenceEngine;

namespace ExpertRig.Rules.Advice;

/// <summary>Launch hint for MLX or llama.cpp's Metal backend on Apple Silicon.</summary>
[Name("apple-mlx-launch")]
[Description("Advises MLX or llama.cpp's Metal backend on a Mac, with the command for the largest workload and the GPU memory limit.")]
[Tag("advice"), Tag("software"), Tag("apple")]
[Priority(0)]
[Source("guide § 'llama.cpp — The Universal Baseline' (Apple Silicon); MLX documentation (mlx_lm); macOS recommendedMaxWorkingSetSize (iogpu.wired_limit_mb)")]
public sealed class AppleMlxLaunchRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction largest = default!;

        When()
            .Match(() => build, b => AdviceCalculations.Stack(b) == SoftwareStack.Metal)
            .Match(() => largest, p => ReferenceEquals(p.Build, build))
            .Not<WorkloadNeed>(n => GuideClasses.IsLargerThan(n, largest.Need));
        Then()
            .Yield(ctx => new Finding(build, FindingKind.Note, ctx.Rule.Name, Text(build, largest)));
    }

    private static string Text(Build build, WorkloadPrediction largest) =>
        $"Software: MLX (`mlx_lm.server --model <mlx-community build of {largest.Need.Model.HfRepo}>`) or llama.cpp's Metal backend (`llama-server -m {AdviceCalculations.GgufFile(largest)} -ngl {AdviceCalculations.GpuLayers(largest)} -c {largest.Need.ContextTokens}`); "
        + $"macOS lets the GPU wire about {FrameworkText.Percent(build.System!.UsableMemoryFraction)} of the {build.System!.MemoryGb:0} GB by default, and `sudo sysctl iogpu.wired_limit_mb=<MB>` raises it.";
}
