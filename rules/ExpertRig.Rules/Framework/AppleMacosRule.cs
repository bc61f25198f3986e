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
            .Yield(ctx => new Finding(build, FindingKind.Endorsement, ctx.Rule.Name, FrameworkText.Because(
                "You work in macOS",
                $"the {build.System!.Name} runs it natively, with MLX and llama.cpp's Metal backend",
                Bullet)));
    }
}
