using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>Apple Silicon caveat: under 32B a discrete NVIDIA workstation is faster and cheaper.</summary>
[Name("apple-slow-for-small-models")]
[Description("Warns that an Apple Silicon Mac is slower than a discrete GPU for a profile whose largest model is 34B or smaller.")]
[Tag("framework"), Tag("apple")]
[Priority(40)]
[Source("guide § 'Apple Silicon: The Unified Memory Alternative'")]
public sealed class AppleSlowForSmallModelsRule : Rule
{
    private const string Caveat = "if you primarily work with models under 32B parameters, a discrete NVIDIA GPU workstation is faster and cheaper";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction largest = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsAppleSilicon(b))
            .Match(() => largest, p => ReferenceEquals(p.Build, build), p => GuideClasses.IsMidSizeOrSmaller(p.Need.Model))
            .Not<WorkloadNeed>(n => GuideClasses.IsLargerThan(n, largest.Need));
        Then()
            .Yield(ctx => Warning(ctx.Rule.Name, build, largest));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Warning(string rule, Build build, WorkloadPrediction largest) =>
        Finding.Written(build, FindingKind.Warning, rule, (build, largest), static s => Text(s.build, s.largest));

    private static string Text(Build build, WorkloadPrediction largest) => FrameworkText.Because(
        $"Your largest model is {largest.Need.Model.Name} ({FrameworkText.Params(largest.Need)})",
        $"the Mac's {Figures.Number(build.System!.BandwidthGbs, 0)} GB/s trails an RTX 5090's 1,792 GB/s; {FrameworkText.Predicted(largest)}",
        Caveat);
}
