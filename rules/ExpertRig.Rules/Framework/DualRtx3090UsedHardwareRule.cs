using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>2× RTX 3090 NVLink bullet: comfortable with used hardware and its risk.</summary>
[Name("dual-rtx3090-used-hardware")]
[Description("Endorses the used 2× RTX 3090 pair when the profile accepts used GPUs.")]
[Tag("framework"), Tag("dual-rtx3090"), Tag("used")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?' and 'Used RTX 3090 for NVLink Builds'")]
public sealed class DualRtx3090UsedHardwareRule : Rule
{
    private const string Bullet = "Choose 2× RTX 3090 NVLink if you're comfortable with used hardware and the associated risk";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsDualRtx3090Nvlink(b), b => b.UsedGpus)
            .Exists<Requirements>(r => r.Profile.AcceptUsed);
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Endorsement(string rule, Build build) =>
        Finding.Written(build, FindingKind.Endorsement, rule, build, static s => Text(s));

    private static string Text(Build build) => FrameworkText.Because(
        "You accept used GPUs",
        $"the pair costs {FrameworkText.Usd(GuideBuilds.GpuCostUsd(build))} used; check each card's NVLink contacts for damage before buying",
        Bullet);
}
