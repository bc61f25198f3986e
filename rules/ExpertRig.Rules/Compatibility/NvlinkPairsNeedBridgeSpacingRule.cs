using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("nvlink-pairs-at-the-bridges-spacing")]
[Description("Each NVLink pair must sit in two x16 slots exactly the bridge's spacing apart, with no other card between them.")]
[Tag("compatibility"), Tag("nvlink"), Tag("slots")]
[Priority(50)]
[Source("guide § 'Architecture 1: NVLink Consumer' (\"two PCIe x16 slots physically close enough for the NVLink bridge (typically 2–3 slots apart)\"); NVIDIA NVLink bridge spacings in accessories.yaml")]
public sealed class NvlinkPairsNeedBridgeSpacingRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.UsesNvlink && b.Gpu != null && b.Gpu.Nvlink && b.Motherboard != null
            && b.GpuCount <= b.Motherboard.X16Slots.Count
            && NvlinkBridging.BridgesInBill(b).Count > 0 && !NvlinkBridging.CanSeatPairs(b));
        Then().Yield(ctx => Violation(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build) =>
        Finding.Written(build, FindingKind.Violation, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"{build.GpuCount} × {build.Gpu!.Name} ({Figures.Number(GpuSlotPlanner.CardWidth(build))} slots thick) cannot be seated in pairs {NvlinkBridging.SpacingList(build)} slots apart on the {build.Motherboard!.Name} (x16 slots at positions {string.Join(", ", build.Motherboard.X16Slots.Select(s => s.Position))}).");
}
