using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>Beyond the guide: one 96 GB workstation card holds a 70B model at Q8.</summary>
[Name("pro-96gb-card-70b-at-q8")]
[Description("Endorses a single 96 GB workstation card (RTX PRO 6000 class) when a 70B model at Q8 or better fits on it alone.")]
[Tag("framework"), Tag("rtx-pro-6000")]
[Priority(40)]
[Source("vendor spec: NVIDIA RTX PRO 6000 Blackwell datasheet (96 GB GDDR7 ECC, 1,792 GB/s); guide § 'Tier B: NVIDIA L40S' (Q8 Llama 3 70B takes two 48 GB cards)")]
public sealed class ProCard96GbRule : Rule
{
    private const string Claim = "the guide runs Q8 Llama 3 70B fully in VRAM on dual L40S (96GB combined); one 96 GB card does it without splitting the model";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction prediction = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsSingle96GbCard(b))
            .Match(
                () => prediction,
                p => ReferenceEquals(p.Build, build),
                p => GuideClasses.Is70BClass(p.Need.Model),
                p => GuideClasses.IsQ8OrBetter(p.Quant),
                p => p.Estimate.Fits);
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build, prediction));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Endorsement(string rule, Build build, WorkloadPrediction prediction) =>
        Finding.Written(build, FindingKind.Endorsement, rule, (build, prediction), static s => Text(s.build, s.prediction));

    private static string Text(Build build, WorkloadPrediction prediction) => FrameworkText.Because(
        $"You run {prediction.Need.Model.Name} at {prediction.Quant.Name}",
        $"one {build.Gpu!.Name} holds it in {Figures.MarketedGb(build.Gpu!.VramGb)}; {FrameworkText.Predicted(prediction)}",
        Claim);
}
