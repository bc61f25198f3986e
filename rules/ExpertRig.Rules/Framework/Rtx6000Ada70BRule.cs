using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>GPU tier list: the RTX 6000 Ada runs 70B at Q4 without offloading.</summary>
[Name("rtx6000-ada-70b-in-vram")]
[Description("Endorses a single RTX 6000 Ada when a 70B model at Q4 or better fits entirely in its 48 GB.")]
[Tag("framework"), Tag("rtx6000-ada")]
[Priority(40)]
[Source("guide § 'Tier A+: NVIDIA RTX 6000 Ada Generation — The Professional 48GB Card'")]
public sealed class Rtx6000Ada70BRule : Rule
{
    private const string Claim = "the RTX 6000 Ada's 48GB with ECC enables reliable operation for 70B models at Q4 quality without any CPU offloading";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction prediction = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsSingleRtx6000Ada(b))
            .Match(
                () => prediction,
                p => ReferenceEquals(p.Build, build),
                p => GuideClasses.Is70BClass(p.Need.Model),
                p => !GuideClasses.IsBelowQ4(p.Quant),
                p => p.Estimate.Fits);
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build, prediction));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Endorsement(string rule, Build build, WorkloadPrediction prediction) =>
        Finding.Written(build, FindingKind.Endorsement, rule, (build, prediction), static s => Text(s.build, s.prediction));

    private static string Text(Build build, WorkloadPrediction prediction) => FrameworkText.Because(
        $"You run {prediction.Need.Model.Name} at {prediction.Quant.Name}",
        $"one card's {Figures.MarketedGb(build.Gpu!.VramGb)} holds it; {FrameworkText.Predicted(prediction)}",
        Claim);
}
