using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>DGX Spark bullet: the hardware is for AI inference only.</summary>
[Name("dgx-spark-ai-only")]
[Description("Endorses the DGX Spark when the machine runs nothing but AI workloads.")]
[Tag("framework"), Tag("dgx-spark")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?'")]
public sealed class DgxSparkAiOnlyRule : Rule
{
    private const string Bullet = "Consider DGX Spark instead of Tier 1 if you're not planning to use the hardware for anything other than AI inference";

    // The sentence reads no fact: written once, not each time the rule fires.
    private static readonly string Sentence = FrameworkText.Because(
        "The machine only runs AI workloads",
        "the DGX Spark's Arm CPU and DGX OS are built for CUDA AI software, not games or desktop video tools",
        Bullet);

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsDgxSpark(b))
            .Exists<Requirements>(r => !r.Profile.OtherGpuWorkloads);
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build));
    }

    private static Finding Endorsement(string rule, Build build) => new(build, FindingKind.Endorsement, rule, Sentence);
}
