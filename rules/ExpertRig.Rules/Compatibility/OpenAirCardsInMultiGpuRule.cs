using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("open-air-cards-stacked-three-or-more")]
[Description("Three or more open-air cards recirculate each other's heat; blower or passive cards, or a custom water loop, suit dense multi-GPU builds better.")]
[Tag("compatibility"), Tag("cooling")]
[Priority(50)]
[Source("guide § 'GPU Cooling Options' (blower cards are \"ideal for multi-GPU rack configurations where open-air coolers would recirculate each other's heat\"; custom loops for multi-GPU consumer builds)")]
public sealed class OpenAirCardsInMultiGpuRule : Rule
{
    /// <summary>Cards from which open-air coolers start feeding each other hot air.</summary>
    public const int CrowdedFromCards = 3;

    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.Gpu != null && b.Gpu.Cooler == GpuCooler.OpenAir && b.GpuCount >= CrowdedFromCards
            && !b.Accessories.Any(a => a.Kind == AccessoryKind.GpuWaterLoop));
        Then().Yield(ctx => Warning(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Warning(string rule, Build build) =>
        Finding.Written(build, FindingKind.Warning, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"{build.GpuCount} × {build.Gpu!.Name} with open-air coolers ({Figures.Number(build.GpuCount * build.Gpu.BoardPowerW, 0)} W of GPU heat) blow into each other's intakes; expect throttling unless the case moves a lot of air, or use blower cards or a water loop.");
}
