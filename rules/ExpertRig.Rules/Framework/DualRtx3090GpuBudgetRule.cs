using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>2× RTX 3090 NVLink bullet: the budget for the GPU pair is under $3,000.</summary>
[Name("dual-rtx3090-gpu-budget")]
[Description("Endorses the 2× RTX 3090 pair when the budget left for GPUs after the rest of the build is under $3,000 and the build fits.")]
[Tag("framework"), Tag("dual-rtx3090"), Tag("budget")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?'")]
public sealed class DualRtx3090GpuBudgetRule : Rule
{
    private const double GpuBudgetCeilingUsd = 3000;
    private const string Bullet = "Choose 2× RTX 3090 NVLink if your budget is under $3,000 for the GPU pair";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsDualRtx3090Nvlink(b))
            .Match(
                () => requirements,
                r => build.TotalPriceUsd <= r.BudgetUsd,
                r => GuideBuilds.GpuBudgetUsd(build, r.BudgetUsd) < GpuBudgetCeilingUsd);
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build, requirements));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Endorsement(string rule, Build build, Requirements requirements) =>
        Finding.Written(build, FindingKind.Endorsement, rule, (build, requirements), static s => Text(s.build, s.requirements));

    private static string Text(Build build, Requirements requirements) => FrameworkText.Because(
        $"Your {FrameworkText.Usd(requirements.BudgetUsd)} budget leaves {FrameworkText.Usd(GuideBuilds.GpuBudgetUsd(build, requirements.BudgetUsd))} for GPUs after the rest of the build",
        $"the RTX 3090 pair costs {FrameworkText.Usd(GuideBuilds.GpuCostUsd(build))}{(build.UsedGpus ? " used" : "")}",
        Bullet);
}
