using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;

namespace ExpertRig.Rules.Compatibility;

[Name("platform-supports-the-os")]
[Description("A PC build is rejected when the operating system the profile asks for is not one its archetype supports (e.g. the RX 7900 XTX route is Linux with ROCm).")]
[Tag("compatibility"), Tag("os")]
[Priority(50)]
[Source("guide § 'Tier B: AMD Radeon RX 7900 XTX' (\"for users … who are also running Linux\"); rules/catalog/archetypes.yaml (os per archetype)")]
public sealed class PlatformSupportsTheOsRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        When()
            .Match(() => requirements, r => r.Profile.Os == OperatingSystemChoice.Linux || r.Profile.Os == OperatingSystemChoice.Windows)
            .Match(() => build, b => !b.IsUnified && b.SupportedOs.Count > 0 && !b.SupportedOs.Contains(requirements.Profile.Os));
        Then().Yield(ctx => Violation(ctx.Rule.Name, build, requirements));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build, Requirements requirements) =>
        Finding.Written(build, FindingKind.Violation, rule, (build, requirements), static s => Text(s.build, s.requirements));

    private static string Text(Build build, Requirements requirements) => $"{build.Title} is a {string.Join(" or ", build.SupportedOs.Select(ProfileTokens.ToToken))} build; the profile asks for {ProfileTokens.ToToken(requirements.Profile.Os)}.";
}
