using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("cards-fit-the-cases-expansion-slots")]
[Description("The lowest card's cooler must still line up with the case's rear expansion brackets (four dual-slot cards need eight).")]
[Tag("compatibility"), Tag("slots"), Tag("case")]
[Priority(50)]
[Source("guide Build Tier 3 table (\"Must accommodate 4× dual-slot blower cards\"); cases.yaml expansion_slots")]
public sealed class GpusFitCaseExpansionSlotsRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.Gpu != null && b.Motherboard != null && b.Case != null
            && GpuSlotPlanner.Plan(b.Motherboard, b.GpuCount, GpuSlotPlanner.CardWidth(b), null, null) != null
            && GpuSlotPlanner.Plan(b.Motherboard, b.GpuCount, GpuSlotPlanner.CardWidth(b), null, b.Case.ExpansionSlots) == null);
        Then().Yield(ctx => Violation(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build) =>
        Finding.Written(build, FindingKind.Violation, rule, build, static s => Text(s));

    private static string Text(Build build)
    {
        var plan = GpuSlotPlanner.Plan(build.Motherboard!, build.GpuCount, GpuSlotPlanner.CardWidth(build))!;
        return Invariant($"{build.GpuCount} cards {plan.SlotsPerCard} slots thick in positions {plan.PositionList} need {plan.BottomBracket} expansion brackets; the {build.Case!.Name} has {build.Case.ExpansionSlots}.");
    }
}
