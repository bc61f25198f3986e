using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>GPU tier list: the RTX 6000 Ada's ECC and 300 W board power.</summary>
[Name("rtx6000-ada-ecc-low-power")]
[Description("Endorses a single RTX 6000 Ada when ECC is required or low power is a priority.")]
[Tag("framework"), Tag("rtx6000-ada"), Tag("ecc")]
[Priority(40)]
[Source("guide § 'Tier A+: NVIDIA RTX 6000 Ada Generation — The Professional 48GB Card'")]
public sealed class Rtx6000AdaReliabilityRule : Rule
{
    private const string Claim = "for teams running 70B inference continuously, the premium may justify itself through reliability (ECC protects against bit-flip corruption) and lower power draw";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsSingleRtx6000Ada(b))
            .Exists<Requirements>(r => r.Profile.EccRequired || r.Wants(Priority.Power));
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Endorsement(string rule, Build build) =>
        Finding.Written(build, FindingKind.Endorsement, rule, build, static s => Text(s));

    private static string Text(Build build) => FrameworkText.Because(
        "You need ECC or low power",
        $"the RTX 6000 Ada has {Figures.MarketedGb(build.Gpu!.VramGb)} of ECC memory at {Figures.Number(build.Gpu!.BoardPowerW, 0)} W, a third less than an RTX 4090's 450 W",
        Claim);
}
