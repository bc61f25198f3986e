using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using Inference = ExpertRig.Domain.Physics.InferenceEngine;

namespace ExpertRig.Rules.Advice;

/// <summary>vLLM serves a Windows buyer's build: it runs under WSL, not on Windows itself.</summary>
[Name("vllm-on-windows-runs-in-wsl")]
[Description("When vLLM serves a build for a profile that asks for Windows, says that vLLM does not run natively on Windows and that its launch line runs in WSL (the Windows Subsystem for Linux) with a Linux distribution.")]
[Tag("advice"), Tag("software")]
[Priority(0)]
[Source("vLLM documentation, Installation > GPU > Requirements (docs.vllm.ai v0.14.0; docs/getting_started/installation/gpu.md at v0.26.0): \"OS: Linux\"; \"vLLM does not support Windows natively. To run vLLM on Windows, you can use the Windows Subsystem for Linux (WSL) with a compatible Linux distribution\"")]
public sealed class VllmOnWindowsRunsInWslRule : Rule
{
    /// <summary>The sentence on the build.</summary>
    public const string Text =
        "vLLM does not run natively on Windows (its installation guide lists Linux only): run the `vllm serve` line inside WSL, the Windows Subsystem for Linux, with a Linux distribution, as vLLM's guide says.";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;

        When()
            .Exists<Requirements>(r => r.Profile.Os == OperatingSystemChoice.Windows)
            .Match(() => build)
            .Exists<SoftwareChoice>(s => ReferenceEquals(s.Build, build) && s.Engine == Inference.Vllm);
        Then()
            .Yield(ctx => new Finding(build, FindingKind.Note, ctx.Rule.Name, Text));
    }
}
