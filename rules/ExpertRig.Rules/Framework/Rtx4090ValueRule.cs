using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>GPU tier list: the RTX 4090 is the value choice for models up to 34B.</summary>
[Name("rtx4090-value-up-to-34b")]
[Description("Endorses a single RTX 4090 when cost is a priority and the largest model, 34B or smaller, fits in its 24 GB.")]
[Tag("framework"), Tag("rtx4090"), Tag("budget")]
[Priority(40)]
[Source("guide § 'Tier A: NVIDIA RTX 4090 — The Proven Workhorse' and 'RTX 4090 Value Assessment'")]
public sealed class Rtx4090ValueRule : Rule
{
    private const string Claim = "for users primarily working with models up to 34B parameters, the RTX 4090 is fully adequate and represents better cost-per-token than the RTX 5090 at street prices";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction largest = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsSingleRtx4090(b))
            .Exists<Requirements>(r => r.Wants(Priority.Cost))
            .Match(() => largest, p => ReferenceEquals(p.Build, build), p => GuideClasses.IsMidSizeOrSmaller(p.Need.Model), p => p.Estimate.Fits)
            .Not<WorkloadNeed>(n => GuideClasses.IsLargerThan(n, largest.Need));
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build, largest));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Endorsement(string rule, Build build, WorkloadPrediction largest) =>
        Finding.Written(build, FindingKind.Endorsement, rule, (build, largest), static s => Text(s.build, s.largest));

    private static string Text(Build build, WorkloadPrediction largest) => FrameworkText.Because(
        $"Cost is a priority and your largest model is {largest.Need.Model.Name} ({FrameworkText.Params(largest.Need)})",
        $"the RTX 4090 costs {FrameworkText.Usd(GuideBuilds.GpuCostUsd(build))}; {FrameworkText.Predicted(largest)}",
        Claim);
}
