using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("nvlink-needs-nvlink-cards")]
[Description("Only cards with an NVLink connector can be bridged: the RTX 3090 among current consumer cards, and the professional and datacenter cards the catalog lists with NVLink.")]
[Tag("compatibility"), Tag("nvlink")]
[Priority(50)]
[Source("guide § 'Architecture 1: NVLink Consumer (2×RTX 3090)'; reference/gpus.csv NVLink column (RTX 6000 Ada and L40S: no NVLink, although the guide says otherwise)")]
public sealed class NvlinkRequiresCapableGpuRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.UsesNvlink && b.Gpu != null && !b.Gpu.Nvlink);
        Then().Yield(ctx => Violation(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build) =>
        Finding.Written(build, FindingKind.Violation, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"The {build.Gpu!.Name} has no NVLink connector (reference/gpus.csv), so {build.GpuCount} cards cannot be bridged; they talk over PCIe {build.Gpu.PcieGen}.0 only.");
}
