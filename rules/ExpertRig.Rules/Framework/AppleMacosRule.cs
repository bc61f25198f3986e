using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>Apple Silicon bullet: macOS is the primary environment.</summary>
[Name("apple-macos")]
[Description("Endorses an Apple Silicon Mac when the profile asks for macOS.")]
[Tag("framework"), Tag("apple")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?'")]
public sealed class AppleMacosRule : Rule
{
    private const string Bullet = "Consider Apple Silicon instead of a GPU build if macOS is your primary environment";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsAppleSilicon(b))
            .Exists<Requirements>(r => r.Profile.Os == OperatingSystemChoice.MacOS);
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Endorsement(string rule, Build build) =>
        Finding.Written(build, FindingKind.Endorsement, rule, build, static s => Text(s));

    private static string Text(Build build) => FrameworkText.Because(
        "You work in macOS",
        $"the {build.System!.Name} runs it natively, with MLX and llama.cpp's Metal backend",
        Bullet);
}
