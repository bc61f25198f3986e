using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>DGX Spark bullet: 70B–200B models are primary and 2–10 tok/s is acceptable.</summary>
[Name("dgx-spark-large-models-slow-ok")]
[Description("Endorses the DGX Spark when the largest model is 70B–200B, runs in its 128 GB, and no more than 10 tok/s is needed.")]
[Tag("framework"), Tag("dgx-spark")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?'")]
public sealed class DgxSparkLargeModelsRule : Rule
{
    // The top of the guide's "low token speed (2–10 tok/s) is acceptable".
    private const double AcceptableTokensPerSecond = 10;
    private const string Bullet = "Consider DGX Spark instead of Tier 1 if models from 70B–200B are your primary use case and low token speed (2–10 tok/s) is acceptable";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction largest = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsDgxSpark(b))
            .Match(
                () => largest,
                p => ReferenceEquals(p.Build, build),
                p => GuideClasses.IsUnifiedMemoryRange(p.Need.Model),
                p => GuideClasses.AcceptsSpeed(p.Need, AcceptableTokensPerSecond),
                p => p.Estimate.Runs && p.MeetsSpeed)
            .Not<WorkloadNeed>(n => GuideClasses.IsLargerThan(n, largest.Need));
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build, largest));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Endorsement(string rule, Build build, WorkloadPrediction largest) =>
        Finding.Written(build, FindingKind.Endorsement, rule, (build, largest), static s => Text(s.build, s.largest));

    private static string Text(Build build, WorkloadPrediction largest) => FrameworkText.Because(
        $"Your largest model is {largest.Need.Model.Name} ({FrameworkText.Params(largest.Need)}) and a low speed will do",
        $"the DGX Spark's {Figures.MarketedGb(build.System!.MemoryGb)} of unified memory holds it; {FrameworkText.Predicted(largest)}",
        Bullet);
}
