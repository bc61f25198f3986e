using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("ecc-on-apple-silicon")]
[Description("Apple Silicon Macs expose no ECC setting or error reporting for their unified memory, so they cannot meet an ECC requirement.")]
[Tag("compatibility"), Tag("ecc"), Tag("unified")]
[Priority(50)]
[Source("vendor spec: Apple Mac Studio and Mac mini technical specifications (unified LPDDR5/LPDDR5X memory, no ECC listed)")]
public sealed class EccRequiredAppleRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        When()
            .Match(() => requirements, r => r.Profile.EccRequired)
            .Match(() => build, b => b.System != null && b.System.Os == OperatingSystemKind.Macos);
        Then().Yield(ctx => Violation(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build) =>
        Finding.Written(build, FindingKind.Violation, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"ECC is required but the {build.System!.Name}'s {build.System.MemoryType} unified memory has no user-visible ECC.");
}
