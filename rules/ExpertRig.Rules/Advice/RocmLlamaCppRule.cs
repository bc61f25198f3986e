using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Rules.Framework;
using Inference = ExpertRig.Domain.Physics.InferenceEngine;
using ExpertRig.Domain.Advice;

namespace ExpertRig.Rules.Advice;

/// <summary>Build advice for llama.cpp on AMD ROCm.</summary>
[Name("rocm-llama-cpp-build")]
[Description("Advises building llama.cpp for ROCm (HIP) on Linux, with Vulkan as the fallback, when a llama.cpp or Ollama build runs AMD GPUs.")]
[Tag("advice"), Tag("software"), Tag("rocm")]
[Priority(0)]
[Source("guide § 'Tier B: AMD Radeon RX 7900 XTX' (ROCm through llama.cpp, Ollama and vLLM); llama.cpp build documentation (GGML_HIP, GGML_VULKAN)")]
public sealed class RocmLlamaCppRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;

        When()
            .Match(() => build, b => AdviceCalculations.Stack(b) == SoftwareStack.Rocm)
            .Exists<SoftwareChoice>(s => ReferenceEquals(s.Build, build) && (s.Engine == Inference.LlamaCpp || s.Engine == Inference.Ollama));
        Then()
            .Yield(ctx => Note(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Note(string rule, Build build) =>
        Finding.Written(build, FindingKind.Note, rule, build, static s => Text(s));

    private static string Text(Build build) => $"Software on AMD: run Linux with ROCm and build llama.cpp with `cmake -B build -DGGML_HIP=ON -DAMDGPU_TARGETS=gfx1100` for the {build.Gpu!.Name} (Ollama ships ROCm support); the Vulkan backend (-DGGML_VULKAN=ON) is the fallback when ROCm misbehaves.";
}
