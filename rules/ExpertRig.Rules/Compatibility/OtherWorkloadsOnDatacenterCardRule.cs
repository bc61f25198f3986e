using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;

namespace ExpertRig.Rules.Compatibility;

[Name("other-gpu-work-on-a-datacenter-card")]
[Description("Passively cooled datacenter cards (L40S, A100, H100) have no display output in use and no game drivers: image generation runs, gaming and desktop video work do not.")]
[Tag("compatibility"), Tag("workloads")]
[Priority(50)]
[Source("guide § 'Choose Tier 1 … if: You want a workstation that also handles other GPU workloads (video, gaming, stable diffusion)'; vendor spec: NVIDIA A100/H100 PCIe product briefs (no display outputs), L40S datasheet (display outputs off by default)")]
public sealed class OtherWorkloadsOnDatacenterCardRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        When()
            .Match(() => requirements, r => r.Profile.OtherGpuWorkloads)
            .Match(() => build, b => b.Gpu != null && b.Gpu.Class == GpuClass.Datacenter);
        Then().Yield(ctx => Warning(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Warning(string rule, Build build) =>
        Finding.Written(build, FindingKind.Warning, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        $"The {build.Gpu!.Name} is a datacenter card without an active display output or game-ready driver: Stable Diffusion runs on it, but gaming and display-bound video work need a separate consumer or workstation GPU.";
}
