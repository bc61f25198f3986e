using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>DGX Spark caveat: a discrete RTX 5090 is 5–6× faster for 7B–32B models.</summary>
[Name("dgx-spark-slow-for-small-models")]
[Description("Warns that the DGX Spark's 273 GB/s makes it slow for a profile whose largest model is 34B or smaller.")]
[Tag("framework"), Tag("dgx-spark")]
[Priority(40)]
[Source("guide § 'The NVIDIA DGX Spark: A New Category of Local AI Computer'")]
public sealed class DgxSparkSlowForSmallModelsRule : Rule
{
    private const string Caveat = "a single RTX 5090 with 1,792 GB/s will generate tokens 5–6× faster for 7B–32B models";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction largest = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsDgxSpark(b))
            .Match(() => largest, p => ReferenceEquals(p.Build, build), p => GuideClasses.IsMidSizeOrSmaller(p.Need.Model))
            .Not<WorkloadNeed>(n => GuideClasses.IsLargerThan(n, largest.Need));
        Then()
            .Yield(ctx => Warning(ctx.Rule.Name, build, largest));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Warning(string rule, Build build, WorkloadPrediction largest) =>
        Finding.Written(build, FindingKind.Warning, rule, largest, static s => Text(s));

    private static string Text(WorkloadPrediction largest) => FrameworkText.Because(
        $"Your largest model is {largest.Need.Model.Name} ({FrameworkText.Params(largest.Need)})",
        $"the DGX Spark's 273 GB/s is shared by CPU and GPU; {FrameworkText.Predicted(largest)}",
        Caveat);
}
