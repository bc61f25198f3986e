using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("gpu-at-x4-or-behind-the-chipset")]
[Description("A GPU on x4 lanes, or behind the chipset (whose single uplink it shares with drives and USB), is usable for a layer split but poor for tensor parallelism, offload and model loading.")]
[Tag("compatibility"), Tag("pcie")]
[Priority(50)]
[Source("guide § 'Intel Core Ultra 9 285K' (\"x16/x4 (not ideal)\") and § 'ASUS Pro WS WRX90E-SAGE SE' (\"no lane sharing through chipset\"); boards.yaml slot wiring")]
public sealed class GpuLinkNarrowOrChipsetRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => PcieLaneBudget.HasNarrowOrChipsetLink(b));
        Then().Yield(ctx => Warning(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Warning(string rule, Build build) =>
        Finding.Written(build, FindingKind.Warning, rule, build, static s => Text(s));

    private static string Text(Build build)
    {
        var allocation = PcieLaneBudget.Allocate(build)!;
        var weak = allocation.Links.Where(l => l.Via == LaneSource.Chipset || l.Lanes < PcieLaneBudget.MinimumGpuLanes);
        return Invariant($"On the {build.Motherboard!.Name} the GPUs run at {allocation.Widths}: {string.Join("; ", weak.Select(l => $"the card in slot {l.Position} gets {l.Label}"))}.");
    }
}
