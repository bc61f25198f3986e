using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>Tier 1 bullet: occasional 70B access at Q3 with some CPU offloading.</summary>
[Name("tier1-occasional-70b-at-q3")]
[Description("Endorses Tier 1 when a 70B model is only a secondary workload, the user accepts Q3, and it runs with CPU offload.")]
[Tag("framework"), Tag("tier1")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?'")]
public sealed class Tier1Occasional70BRule : Rule
{
    private const string Bullet = "Choose Tier 1 if you occasionally need 70B access and can tolerate Q3 quantization with some CPU offloading";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction occasional = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsTier1(b))
            .Match(
                () => occasional,
                p => ReferenceEquals(p.Build, build),
                p => p.Need.Index > 0,
                p => GuideClasses.Is70BClass(p.Need.Model),
                p => GuideClasses.ToleratesBelowQ4(p.Need),
                p => p.Estimate.Runs)
            .Exists<WorkloadNeed>(n => n.Index == 0 && GuideClasses.IsMidSizeOrSmaller(n.Model));
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build, occasional));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Endorsement(string rule, Build build, WorkloadPrediction occasional) =>
        Finding.Written(build, FindingKind.Endorsement, rule, occasional, static s => Text(s));

    private static string Text(WorkloadPrediction occasional) => FrameworkText.Because(
        $"{occasional.Need.Model.Name} is a secondary workload (number {occasional.Need.Index + 1}) and you accept Q3",
        $"one RTX 5090 still runs it; {FrameworkText.Predicted(occasional)}",
        Bullet);
}
