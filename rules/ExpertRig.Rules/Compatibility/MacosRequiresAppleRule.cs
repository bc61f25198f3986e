using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("macos-means-a-mac")]
[Description("macOS runs only on Apple hardware, so a macOS requirement rules out every PC and the DGX Spark.")]
[Tag("compatibility"), Tag("os")]
[Priority(50)]
[Source("guide § 'Consider Apple Silicon … instead of GPU build if: macOS is your primary environment'")]
public sealed class MacosRequiresAppleRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        When()
            .Match(() => requirements, r => r.Profile.Os == OperatingSystemChoice.MacOS)
            .Match(() => build, b => b.System == null || b.System.Os != OperatingSystemKind.Macos);
        Then().Yield(ctx => Violation(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build) =>
        Finding.Written(build, FindingKind.Violation, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"The profile asks for macOS, which only Apple Silicon Macs run; {build.Title} does not.");
}
