using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("rocm-wants-linux")]
[Description("AMD cards get the full ROCm stack (vLLM, ROCm llama.cpp) on Linux only; on Windows only llama.cpp and Ollama run, through Vulkan or AMD's HIP SDK.")]
[Tag("compatibility"), Tag("os"), Tag("software")]
[Priority(50)]
[Source("guide § 'Tier B: AMD Radeon RX 7900 XTX' (\"For users … who are also running Linux\"; ROCm through llama.cpp, Ollama and vLLM) and GPU Comparison Matrix (\"Linux-native, ROCm\")")]
public sealed class RocmOnWindowsRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        When()
            .Match(() => requirements, r => r.Profile.Os == OperatingSystemChoice.Windows)
            .Match(() => build, b => b.Gpu != null && b.Gpu.Software == SoftwareStack.Rocm);
        Then().Yield(ctx => Warning(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Warning(string rule, Build build) =>
        Finding.Written(build, FindingKind.Warning, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"On Windows the {build.Gpu!.Name} runs llama.cpp and Ollama through Vulkan or the HIP SDK only; vLLM and the rest of ROCm need Linux, where the guide places this card.");
}
