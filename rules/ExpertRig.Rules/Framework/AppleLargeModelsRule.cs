using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>Apple Silicon bullet: 70B–192B models at moderate speed are acceptable.</summary>
[Name("apple-large-models-moderate-speed")]
[Description("Endorses an Apple Silicon Mac when the largest model is 70B–200B, fits in unified memory, and no more than 25 tok/s is needed.")]
[Tag("framework"), Tag("apple")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?'")]
public sealed class AppleLargeModelsRule : Rule
{
    // The top of the guide's "moderate speed (15–25 tok/s at Q4)".
    private const double ModerateTokensPerSecond = 25;
    private const string Bullet = "Consider Apple Silicon instead of a GPU build if 70B–192B models at moderate speed are acceptable";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction largest = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsAppleSilicon(b))
            .Match(
                () => largest,
                p => ReferenceEquals(p.Build, build),
                p => GuideClasses.IsUnifiedMemoryRange(p.Need.Model),
                p => GuideClasses.AcceptsSpeed(p.Need, ModerateTokensPerSecond),
                p => p.Estimate.Fits && p.MeetsSpeed)
            .Not<WorkloadNeed>(n => GuideClasses.IsLargerThan(n, largest.Need));
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build, largest));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Endorsement(string rule, Build build, WorkloadPrediction largest) =>
        Finding.Written(build, FindingKind.Endorsement, rule, (build, largest), static s => Text(s.build, s.largest));

    private static string Text(Build build, WorkloadPrediction largest) => FrameworkText.Because(
        $"Your largest model is {largest.Need.Model.Name} ({FrameworkText.Params(largest.Need)}) and a moderate speed will do",
        $"the {Figures.MarketedGb(build.System!.MemoryGb)} of unified memory holds it; {FrameworkText.Predicted(largest)}",
        Bullet);
}
