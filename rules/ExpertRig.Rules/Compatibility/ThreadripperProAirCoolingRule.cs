using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("threadripper-pro-on-air")]
[Description("A Threadripper PRO at 350 W or more under an air cooler is marginal for sustained load; the guide calls a custom loop mandatory at a sustained 350 W.")]
[Tag("compatibility"), Tag("cooling")]
[Priority(50)]
[Source("guide § 'CPU Cooling' (\"For Threadripper Pro systems at 350W TDP, air cooling is marginal\"; custom loop \"the only way\" at full 350 W) and Build Tier 3 table (\"Mandatory for TR Pro at sustained 350W\")")]
public sealed class ThreadripperProAirCoolingRule : Rule
{
    /// <summary>Sustained package power from which the guide asks for a custom loop.</summary>
    public const double CustomLoopFromWatts = 350;

    public override void Define()
    {
        Build build = default!;
        // Threadripper PRO parts are the ones that run on the WRX90 chipset.
        When().Match(() => build, b => b.Cpu != null && b.Cooler != null && b.Cooler.Kind == CoolerKind.Air
            && b.Cpu.Chipsets.Contains("wrx90") && b.Cpu.TdpW >= CustomLoopFromWatts);
        Then().Yield(ctx => Warning(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Warning(string rule, Build build) =>
        Finding.Written(build, FindingKind.Warning, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"The {build.Cpu!.Name} draws {Figures.Number(build.Cpu.TdpW, 0)} W under the {build.Cooler!.Name} (air): fine at stock for bursts, but hours of inference call for a 360 mm AIO or a custom loop.");
}
