using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>Tier 3 bullet: 70B models at FP16 or Q8 quality.</summary>
[Name("tier3-70b-at-q8-or-fp16")]
[Description("Endorses Tier 3 (four 48 GB cards) when a 70B model at Q8 or FP16 fits entirely in its 192 GB.")]
[Tag("framework"), Tag("tier3")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?'")]
public sealed class Tier3For70BHighPrecisionRule : Rule
{
    private const string Bullet = "Choose Tier 3 (4× L40S + Threadripper Pro) if your team regularly works with 70B models at FP16 or Q8 quality";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction prediction = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsTier3(b))
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
        $"{build.GpuCount} × {build.Gpu!.Name} hold it in {Figures.MarketedGb(build.AcceleratorMemoryGb)}; {FrameworkText.Predicted(prediction)}",
        Bullet);
}
