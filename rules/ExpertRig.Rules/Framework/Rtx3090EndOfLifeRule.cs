using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>2× RTX 3090 NVLink caveat: the card is end-of-life.</summary>
[Name("rtx3090-end-of-life")]
[Description("Warns that RTX 3090 builds rely on an end-of-life card with no further driver feature development.")]
[Tag("framework"), Tag("dual-rtx3090"), Tag("used")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?'")]
public sealed class Rtx3090EndOfLifeRule : Rule
{
    private const string Bullet = "Choose 2× RTX 3090 NVLink if you understand that RTX 3090 is end-of-life from NVIDIA's perspective (no further driver feature development)";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;

        When()
            .Match(() => build, b => GuideBuilds.HasRtx3090(b));
        Then()
            .Yield(ctx => Warning(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Warning(string rule, Build build) =>
        Finding.Written(build, FindingKind.Warning, rule, build, static s => Text(s));

    private static string Text(Build build) => FrameworkText.Because(
        $"This build uses {build.GpuCount} × RTX 3090",
        "NVIDIA no longer develops driver features for it and used supply is ageing out of the market",
        Bullet);
}
