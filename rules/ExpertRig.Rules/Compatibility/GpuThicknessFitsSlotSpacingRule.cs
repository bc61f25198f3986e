using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("cards-fit-the-slot-spacing")]
[Description("Cards as thick as the build's must fit side by side: two cards need x16 slots at least their thickness apart (cards on riser cables are not in the slots).")]
[Tag("compatibility"), Tag("slots")]
[Priority(50)]
[Source("vendor spec: card thickness (gpus.yaml slot_width) against board slot positions (boards.yaml); guide § 'GPU Cooling Options' (water blocks make cards single-slot)")]
public sealed class GpuThicknessFitsSlotSpacingRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.Gpu != null && b.Motherboard != null && b.GpuCount <= b.Motherboard.X16Slots.Count
            && GpuSlotPlanner.Plan(b.Motherboard, b.GpuCount, GpuSlotPlanner.CardWidth(b), null, null) == null
            && !GpuSlotPlanner.IsOnRisers(b));
        Then().Yield(ctx => Violation(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build) =>
        Finding.Written(build, FindingKind.Violation, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"{build.GpuCount} cards {Figures.Number(GpuSlotPlanner.CardWidth(build))} slots thick need x16 slots {GpuSlotPlanner.SlotsCovered(GpuSlotPlanner.CardWidth(build))} apart; the {build.Motherboard!.Name} has x16 slots at positions {string.Join(", ", build.Motherboard.X16Slots.Select(s => s.Position))}.");
}
