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
            .Yield(ctx => new Finding(build, FindingKind.Warning, ctx.Rule.Name, FrameworkText.Because(
                $"This build uses {build.GpuCount} × RTX 3090",
                "NVIDIA no longer develops driver features for it and used supply is ageing out of the market",
                Bullet)));
    }
}
