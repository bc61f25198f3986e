using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Advice;

namespace ExpertRig.Rules.Advice;

/// <summary>The upgrade path of a GPU build: free CPU-wired x16 slots for more cards.</summary>
[Name("gpu-slot-upgrade-path")]
[Description("Notes how many more GPUs of the same model the board can take on CPU-wired x16 slots, and the VRAM that would give.")]
[Tag("advice"), Tag("upgrade")]
[Priority(0)]
[Source("guide § 'Motherboards: The Platform That Defines What's Possible' (X870E two x16 slots, TRX50 four GPUs at x16, WRX90 seven slots); boards.yaml slot layouts placed as the compatibility rules place them")]
public sealed class GpuSlotUpgradePathRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;

        When()
            .Match(() => build, b => AdviceCalculations.UpgradeLayout(b) != null);
        Then()
            .Yield(ctx => Note(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Note(string rule, Build build) =>
        Finding.Written(build, FindingKind.Note, rule, build, static b => Text(b));

    private static string Text(Build build)
    {
        var layout = AdviceCalculations.UpgradeLayout(build)!;
        var max = layout.Slots.Count;
        var lanes = layout.Slots.Min(layout.LanesOf);
        return $"Upgrade path: the {build.Motherboard!.Name} carries up to {max} × {build.Gpu!.Name} on CPU-wired x16 slots"
            + (lanes < 16 ? $" (x{lanes} each with all of them populated)" : "")
            + $", so {max - build.GpuCount} more card(s) would take VRAM to {Figures.MarketedGb(max * build.Gpu!.VramGb)}; plan about {Figures.Number(build.Gpu!.BoardPowerW, 0)} W more PSU capacity per card.";
    }
}
