using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Framework;
using ExpertRig.Engine.Dsl;

namespace ExpertRig.Rules.Framework;

/// <summary>DGX Spark section: two units over QSFP run models beyond one unit's 200B, up to 405B.</summary>
[Name("dgx-spark-pair-for-405b")]
[Description("Endorses a cluster of two DGX Sparks when its largest model is beyond one unit's ~200B and the pair runs it.")]
[Tag("framework"), Tag("dgx-spark"), Tag("cluster")]
[Priority(40)]
[Source("guide § 'The NVIDIA DGX Spark' (\"up to 405B when two units are connected via QSFP interconnect\")")]
public sealed class DgxSparkPairFor405BRule : Rule
{
    private const string Claim = "it can run models up to 200 billion parameters natively, or up to 405B when two units are connected via QSFP interconnect";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction largest = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsDgxSparkCluster(b))
            .Match(
                () => largest,
                p => ReferenceEquals(p.Build, build),
                p => !GuideClasses.IsUnifiedMemoryRange(p.Need.Model) && GuideClasses.Is70BOrLarger(p.Need.Model),
                p => p.Estimate.Runs)
            .Not<WorkloadNeed>(n => GuideClasses.IsLargerThan(n, largest.Need));
        Then().Yield(ctx => Endorsement(ctx.Rule.Name, build, largest));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Endorsement(string rule, Build build, WorkloadPrediction largest) =>
        Finding.Written(build, FindingKind.Endorsement, rule, (build, largest), static s => Text(s.build, s.largest));

    private static string Text(Build build, WorkloadPrediction largest) => FrameworkText.Because(
        $"Your largest model is {largest.Need.Model.Name} ({FrameworkText.Params(largest.Need)}), beyond one DGX Spark",
        $"{build.SystemCount} units joined over QSFP pool {Figures.MarketedGb(build.SystemRamGb)} of unified memory; " + FrameworkText.Predicted(largest),
        Claim);
}
