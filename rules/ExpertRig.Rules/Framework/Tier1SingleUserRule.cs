using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>Tier 1 bullet: single-user inference.</summary>
[Name("tier1-single-user")]
[Description("Endorses Tier 1 when one person uses the machine.")]
[Tag("framework"), Tag("tier1")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?'")]
public sealed class Tier1SingleUserRule : Rule
{
    private const string Bullet = "Choose Tier 1 for single-user inference (you're the only person running the model)";

    // The sentence reads no fact: written once, not each time the rule fires.
    private static readonly string Sentence = FrameworkText.Because(
        "You are the only user", "one RTX 5090 serves one person at full speed", Bullet);

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsTier1(b))
            .Exists<Requirements>(r => r.Users == 1);
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build));
    }

    private static Finding Endorsement(string rule, Build build) => new(build, FindingKind.Endorsement, rule, Sentence);
}
