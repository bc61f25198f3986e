using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>Tier 2 bullet: 70B models at Q4 or higher without CPU offloading.</summary>
[Name("tier2-70b-without-offload")]
[Description("Endorses Tier 2 (two RTX 5090s) when a 70B model at Q4 or better fits entirely in its 64 GB.")]
[Tag("framework"), Tag("tier2")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?'")]
public sealed class Tier2For70BWithoutOffloadRule : Rule
{
    private const string Bullet = "Choose Tier 2 (2× RTX 5090 + Threadripper) if 70B models at Q4 or higher quality without CPU offloading are required";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction prediction = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsTier2(b))
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
        Finding.Written(build, FindingKind.Endorsement, rule, prediction, static s => Text(s));

    private static string Text(WorkloadPrediction prediction) => FrameworkText.Because(
        $"You run {prediction.Need.Model.Name} at {prediction.Quant.Name}",
        $"two RTX 5090s hold it in {Figures.MarketedGb(prediction.Build.AcceleratorMemoryGb)} without offloading; {FrameworkText.Predicted(prediction)}",
        Bullet);
}
