using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("enough-x16-slots")]
[Description("The motherboard needs a physically x16 slot for every GPU, unless the cards hang on riser cables the bill of materials buys (a slot bifurcated x8/x8 carries two).")]
[Tag("compatibility"), Tag("slots")]
[Priority(50)]
[Source("guide § 'Motherboards: The Platform That Defines What's Possible' (the board sets the maximum GPU count); boards.yaml x16_slots; accessories.yaml riser cables and bifurcation adapters")]
public sealed class GpuCountFitsX16SlotsRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.Gpu != null && b.Motherboard != null && b.GpuCount > b.Motherboard.X16Slots.Count
            && !GpuSlotPlanner.IsOnRisers(b));
        Then().Yield(ctx => Violation(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build) =>
        Finding.Written(build, FindingKind.Violation, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"{build.GpuCount} × {build.Gpu!.Name} need {build.GpuCount} x16 slots; the {build.Motherboard!.Name} has {build.Motherboard.X16Slots.Count} (riser cables or bifurcation would have to be in the bill of materials).");
}
