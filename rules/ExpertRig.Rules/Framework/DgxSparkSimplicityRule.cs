using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>DGX Spark bullet: turnkey simplicity over flexibility.</summary>
[Name("dgx-spark-simplicity")]
[Description("Endorses the DGX Spark when simplicity is a priority.")]
[Tag("framework"), Tag("dgx-spark")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?'")]
public sealed class DgxSparkSimplicityRule : Rule
{
    private const string Bullet = "Consider DGX Spark instead of Tier 1 if you want turnkey simplicity over flexibility";

    // The sentence reads no fact: written once, not each time the rule fires.
    private static readonly string Sentence = FrameworkText.Because(
        "Simplicity is one of your priorities",
        "the DGX Spark is one finished machine (plug in, install software, run models) with nothing to assemble",
        Bullet);

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsDgxSpark(b))
            .Exists<Requirements>(r => r.Wants(Priority.Simplicity));
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build));
    }

    private static Finding Endorsement(string rule, Build build) => new(build, FindingKind.Endorsement, rule, Sentence);
}
