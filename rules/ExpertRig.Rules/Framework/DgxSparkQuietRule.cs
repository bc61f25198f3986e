using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>DGX Spark bullet: silence and compact form factor matter.</summary>
[Name("dgx-spark-quiet-compact")]
[Description("Endorses the DGX Spark when quiet is a priority.")]
[Tag("framework"), Tag("dgx-spark")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?' and 'The NVIDIA DGX Spark' spec table")]
public sealed class DgxSparkQuietRule : Rule
{
    private const string Bullet = "Consider DGX Spark instead of Tier 1 if silence and compact form factor matter";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsDgxSpark(b))
            .Exists<Requirements>(r => r.Wants(Priority.Quiet));
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Endorsement(string rule, Build build) =>
        Finding.Written(build, FindingKind.Endorsement, rule, build, static s => Text(s));

    private static string Text(Build build) => FrameworkText.Because(
        "Quiet is one of your priorities",
        $"the DGX Spark is 150 × 150 × 50.5 mm and draws at most {Figures.Number(build.System!.PowerW, 0)} W for the whole system",
        Bullet);
}
