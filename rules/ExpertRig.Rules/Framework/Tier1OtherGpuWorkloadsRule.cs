using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>Tier 1 bullet: the workstation also handles other GPU workloads.</summary>
[Name("tier1-other-gpu-workloads")]
[Description("Endorses Tier 1 when the machine must also run gaming, video or image generation.")]
[Tag("framework"), Tag("tier1")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?'")]
public sealed class Tier1OtherGpuWorkloadsRule : Rule
{
    private const string Bullet = "Choose Tier 1 if you want a workstation that also handles other GPU workloads (video, gaming, stable diffusion)";

    // The sentence reads no fact: written once, not each time the rule fires.
    private static readonly string Sentence = FrameworkText.Because(
        "The machine also runs gaming, video or image generation",
        "the RTX 5090 is a full GeForce card with display outputs and NVENC",
        Bullet);

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsTier1(b))
            .Exists<Requirements>(r => r.Profile.OtherGpuWorkloads);
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build));
    }

    private static Finding Endorsement(string rule, Build build) => new(build, FindingKind.Endorsement, rule, Sentence);
}
