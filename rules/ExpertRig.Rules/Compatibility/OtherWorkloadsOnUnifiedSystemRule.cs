using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("other-gpu-work-on-a-unified-system")]
[Description("The DGX Spark is built for AI inference alone, and a Mac runs few games and slower image generation than a discrete NVIDIA card, so a machine that must also game, edit video or run Stable Diffusion is better as a GPU PC.")]
[Tag("compatibility"), Tag("workloads"), Tag("unified")]
[Priority(50)]
[Source("guide § 'Consider DGX Spark … if: You're not planning to use the hardware for anything other than AI inference' and § 'Choose Tier 1 … if: You want a workstation that also handles other GPU workloads (video, gaming, stable diffusion)'")]
public sealed class OtherWorkloadsOnUnifiedSystemRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        When()
            .Match(() => requirements, r => r.Profile.OtherGpuWorkloads)
            .Match(() => build, b => b.System != null);
        Then().Yield(ctx => Warning(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Warning(string rule, Build build) =>
        Finding.Written(build, FindingKind.Warning, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        build.System!.Os == OperatingSystemKind.Linux
            ? Invariant($"The {build.System.Name} is an Arm Linux inference appliance with {Figures.Number(build.System.BandwidthGbs, 0)} GB/s shared memory: no Windows games, and the guide advises it only when the hardware does nothing but AI inference.")
            : $"The {build.System.Name} runs image generation and video through Metal, slower than a discrete NVIDIA card, and most PC games do not run on macOS.";
}
