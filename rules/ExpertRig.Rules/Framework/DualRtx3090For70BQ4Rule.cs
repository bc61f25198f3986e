using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>2× RTX 3090 NVLink bullet: 70B models at Q4 quality are the primary use case.</summary>
[Name("dual-rtx3090-70b-at-q4")]
[Description("Endorses the 2× RTX 3090 NVLink pair when the primary model is a 70B at Q4 or better that fits in its 48 GB.")]
[Tag("framework"), Tag("dual-rtx3090")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?'")]
public sealed class DualRtx3090For70BQ4Rule : Rule
{
    private const string Bullet = "Choose 2× RTX 3090 NVLink if 70B models at Q4 quality are your primary use case";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction primary = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsDualRtx3090Nvlink(b))
            .Match(
                () => primary,
                p => ReferenceEquals(p.Build, build),
                p => p.Need.Index == 0,
                p => GuideClasses.Is70BClass(p.Need.Model),
                p => !GuideClasses.IsBelowQ4(p.Quant),
                p => p.Estimate.Fits);
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build, primary));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Endorsement(string rule, Build build, WorkloadPrediction primary) =>
        Finding.Written(build, FindingKind.Endorsement, rule, primary, static s => Text(s));

    private static string Text(WorkloadPrediction primary) => FrameworkText.Because(
        $"Your primary model is {primary.Need.Model.Name} at {primary.Quant.Name}",
        $"the NVLink pair's {Figures.MarketedGb(primary.Build.AcceleratorMemoryGb)} holds it; {FrameworkText.Predicted(primary)}",
        Bullet);
}
