using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("a-mac-runs-macos")]
[Description("A Mac cannot meet a Linux or Windows requirement: Windows does not run on Apple Silicon and Linux on it has no GPU compute for LLMs.")]
[Tag("compatibility"), Tag("os"), Tag("unified")]
[Priority(50)]
[Source("vendor spec: Apple Silicon Macs ship macOS only (systems.yaml os); no Boot Camp on Apple Silicon")]
public sealed class AppleRequiresMacosRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        When()
            .Match(() => requirements, r => r.Profile.Os == OperatingSystemChoice.Linux || r.Profile.Os == OperatingSystemChoice.Windows)
            .Match(() => build, b => b.System != null && b.System.Os == OperatingSystemKind.Macos);
        Then().Yield(ctx => Violation(ctx.Rule.Name, build, requirements));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build, Requirements requirements) =>
        Finding.Written(build, FindingKind.Violation, rule, (build, requirements), static s => Text(s.build, s.requirements));

    private static string Text(Build build, Requirements requirements) =>
        Invariant($"The profile asks for {ProfileTokens.ToToken(requirements.Profile.Os)}, but the {build.System!.Name} runs macOS; its GPU is only usable for LLMs through Metal.");
}
