using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Rules.Framework;
using Inference = ExpertRig.Domain.Physics.InferenceEngine;
using ExpertRig.Domain.Advice;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Advice;

/// <summary>Launch hint for MLX or llama.cpp's Metal backend on Apple Silicon.</summary>
[Name("apple-mlx-launch")]
[Description("Gives the command of the engine the predictions use on a Mac for the largest workload at the quantization it was sized at (llama.cpp's Metal backend with its GGUF file, MLX as the alternative; or MLX for MLX weights), and the GPU memory limit.")]
[Tag("advice"), Tag("software"), Tag("apple")]
[Priority(0)]
[Source("guide § 'llama.cpp — The Universal Baseline' (Apple Silicon); MLX documentation (mlx_lm); macOS recommendedMaxWorkingSetSize (iogpu.wired_limit_mb)")]
public sealed class AppleMlxLaunchRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        WorkloadPrediction largest = default!;

        When()
            .Match(() => build, b => AdviceCalculations.Stack(b) == SoftwareStack.Metal)
            .Match(() => requirements)
            .Match(() => largest, p => ReferenceEquals(p.Build, build))
            .Not<WorkloadNeed>(n => GuideClasses.IsLargerThan(n, largest.Need));
        Then()
            .Yield(ctx => Note(ctx.Rule.Name, build, largest, requirements.Users));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Note(string rule, Build build, WorkloadPrediction largest, int users) =>
        Finding.Written(build, FindingKind.Note, rule, (build, largest, users), static s => Text(s.build, s.largest, s.users));

    private static string Text(Build build, WorkloadPrediction largest, int users) =>
        (largest.Engine == Inference.Mlx
            ? $"Software: MLX, which the predictions use; for {largest.Need.Model.Name} at {largest.Quant.Name} run {AdviceCalculations.MlxServer(largest)}; "
            : $"Software: llama.cpp's Metal backend, which the predictions use; for {largest.Need.Model.Name} at {largest.Quant.Name} run `{AdviceCalculations.LlamaServerCommand(build, largest, users)}` ({AdviceCalculations.GgufSource(largest)}). "
                + $"MLX is the alternative (`mlx_lm.server --model <an MLX conversion of {largest.Need.Model.HfRepo} at about {Figures.Number(largest.Quant.BitsPerWeight)} bits per weight>`); ")
        + $"macOS lets the GPU wire about {FrameworkText.Percent(build.System!.UsableMemoryFraction)} of the {Figures.MarketedGb(build.System!.MemoryGb)} by default, and `sudo sysctl iogpu.wired_limit_mb=<MB>` raises it.";
}
