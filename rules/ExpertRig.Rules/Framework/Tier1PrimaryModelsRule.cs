using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>Tier 1 bullet: the primary models are 7B–34B parameters.</summary>
[Name("tier1-primary-models-up-to-34b")]
[Description("Endorses Tier 1 (one RTX 5090) when the largest model has 34B parameters or fewer and fits in its 32 GB.")]
[Tag("framework"), Tag("tier1")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?'")]
public sealed class Tier1PrimaryModelsRule : Rule
{
    private const string Bullet = "Choose Tier 1 (RTX 5090 single GPU) if your primary models are 7B–34B parameters";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction largest = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsTier1(b))
            .Match(() => largest, p => ReferenceEquals(p.Build, build), p => GuideClasses.IsMidSizeOrSmaller(p.Need.Model), p => p.Estimate.Fits)
            .Not<WorkloadNeed>(n => GuideClasses.IsLargerThan(n, largest.Need));
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build, largest));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Endorsement(string rule, Build build, WorkloadPrediction largest) =>
        Finding.Written(build, FindingKind.Endorsement, rule, largest, static s => Text(s));

    private static string Text(WorkloadPrediction largest) => FrameworkText.Because(
        $"Your largest model is {largest.Need.Model.Name} ({FrameworkText.Params(largest.Need)})",
        $"one RTX 5090 holds it in {Figures.MarketedGb(largest.Build.Gpu!.VramGb)}; {FrameworkText.Predicted(largest)}",
        Bullet);
}
