using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>Apple Silicon bullet: single-vendor warranty and support matter.</summary>
[Name("apple-single-vendor")]
[Description("Endorses an Apple Silicon Mac when simplicity (one vendor, one warranty) is a priority.")]
[Tag("framework"), Tag("apple")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?'")]
public sealed class AppleSingleVendorRule : Rule
{
    private const string Bullet = "Consider Apple Silicon instead of a GPU build if single-vendor warranty and support matter";

    // The sentence reads no fact: written once, not each time the rule fires.
    private static readonly string Sentence = FrameworkText.Because(
        "Simplicity is one of your priorities",
        "one vendor builds, warrants and supports the whole Mac",
        Bullet);

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsAppleSilicon(b))
            .Exists<Requirements>(r => r.Wants(Priority.Simplicity));
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build));
    }

    private static Finding Endorsement(string rule, Build build) => new(build, FindingKind.Endorsement, rule, Sentence);
}
