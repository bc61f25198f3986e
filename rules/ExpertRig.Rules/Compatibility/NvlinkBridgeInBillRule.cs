using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("nvlink-bridge-in-the-bill")]
[Description("A bridged build must buy one NVLink bridge made for its cards per pair of cards.")]
[Tag("compatibility"), Tag("nvlink")]
[Priority(50)]
[Source("guide § 'Used RTX 3090 for NVLink Builds' (\"The NVLink HB bridge accessory (required) sells new for $100–$150\")")]
public sealed class NvlinkBridgeInBillRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.UsesNvlink && b.Gpu != null && b.Gpu.Nvlink
            && NvlinkBridging.BridgesBilled(b) < NvlinkBridging.BridgesNeeded(b));
        Then().Yield(ctx => Violation(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build) =>
        Finding.Written(build, FindingKind.Violation, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"{build.GpuCount} × {build.Gpu!.Name} bridged in pairs need {NvlinkBridging.BridgesNeeded(build)} NVLink bridge(s) made for the card, but the bill of materials has {NvlinkBridging.BridgesBilled(build)}.");
}
