using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>Tier 3 bullet: 405B-class inference, even at slow speeds.</summary>
[Name("tier3-405b-class")]
[Description("Endorses Tier 3 when a 405B-class model must run and the build can run it, however slowly.")]
[Tag("framework"), Tag("tier3")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?'")]
public sealed class Tier3For405BRule : Rule
{
    private const string Bullet = "Choose Tier 3 if research workflows require 405B class inference, even at slow speeds";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction prediction = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsTier3(b))
            .Match(() => prediction, p => ReferenceEquals(p.Build, build), p => GuideClasses.Is405BClass(p.Need.Model), p => p.Estimate.Runs);
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build, prediction));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Endorsement(string rule, Build build, WorkloadPrediction prediction) =>
        Finding.Written(build, FindingKind.Endorsement, rule, (build, prediction), static s => Text(s.build, s.prediction));

    private static string Text(Build build, WorkloadPrediction prediction) => FrameworkText.Because(
        $"You run {prediction.Need.Model.Name} ({FrameworkText.Params(prediction.Need)})",
        $"{Figures.MarketedGb(build.AcceleratorMemoryGb)} of VRAM plus {Figures.MarketedGb(build.SystemRamGb)} of RAM run it; {FrameworkText.Predicted(prediction)}",
        Bullet);
}
