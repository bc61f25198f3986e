using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("gpus-share-lanes-at-x8")]
[Description("When the board or CPU splits the GPU lanes (x8/x8 on consumer dual-GPU boards), each card gets half its host bandwidth: fine for splitting layers, slower for tensor parallelism and CPU offload.")]
[Tag("compatibility"), Tag("pcie")]
[Priority(50)]
[Source("guide § 'Intel Core Ultra 9 285K' (\"two GPUs at PCIe 5.0 x16/x4 (not ideal) or x8/x8\"); PCIe base specification lane rates (physics constants)")]
public sealed class GpuLinkHalvedRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        Knowledge knowledge = default!;
        When()
            .Match(() => build, b => PcieLaneBudget.HasHalvedLink(b))
            .Match(() => knowledge);
        Then().Yield(ctx => Warning(ctx.Rule.Name, build, knowledge));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Warning(string rule, Build build, Knowledge knowledge) =>
        Finding.Written(build, FindingKind.Warning, rule, (build, knowledge), static s => Text(s.build, s.knowledge));

    private static string Text(Build build, Knowledge knowledge)
    {
        var allocation = PcieLaneBudget.Allocate(build)!;
        var narrow = allocation.Links
            .Where(l => l.Via == LaneSource.Cpu && l.Lanes >= PcieLaneBudget.MinimumGpuLanes && l.Lanes < build.Gpu!.PcieLanes)
            .MinBy(l => l.Lanes)!;
        var gbs = knowledge.Physics.Interconnect.PcieGbs(narrow.Gen, narrow.Lanes);
        return Invariant($"{build.GpuCount} × {build.Gpu!.Name} run at {allocation.Widths} on the {build.Motherboard!.Name} with the {build.Cpu!.Name}: {narrow.Label} carries about {Figures.Number(gbs, 0)} GB/s each way instead of {Figures.Number(knowledge.Physics.Interconnect.PcieGbs(narrow.Gen, build.Gpu.PcieLanes), 0)}.")
            + (GpuSlotPlanner.RiserPlanFor(build) is { SplitPositions.Count: > 0 } risers
                ? Invariant($" On risers, slot {string.Join(" and ", risers.SplitPositions)} is bifurcated x8/x8 for two cards.")
                : string.Empty);
    }
}
