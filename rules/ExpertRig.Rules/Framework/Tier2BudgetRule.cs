using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>Tier 2 bullet: the budget accommodates $12,000–16,000.</summary>
[Name("tier2-budget")]
[Description("Endorses Tier 2 when the budget is at least $12,000 and the build fits in it.")]
[Tag("framework"), Tag("tier2"), Tag("budget")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?'")]
public sealed class Tier2BudgetRule : Rule
{
    // The bottom of the guide's "$12,000–$16,000 total investment".
    private const double FloorUsd = 12000;
    private const string Bullet = "Choose Tier 2 if your budget can accommodate $12,000–$16,000 total investment";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsTier2(b))
            .Match(() => requirements, r => r.Profile.HasBudget, r => r.BudgetUsd >= FloorUsd, r => build.TotalPriceUsd <= r.BudgetUsd);
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build, requirements));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Endorsement(string rule, Build build, Requirements requirements) =>
        Finding.Written(build, FindingKind.Endorsement, rule, (build, requirements), static s => Text(s.build, s.requirements));

    private static string Text(Build build, Requirements requirements) => FrameworkText.Because(
        $"Your budget is {FrameworkText.Usd(requirements.BudgetUsd)}",
        $"this Tier 2 build costs {FrameworkText.Usd(build.TotalPriceUsd)}",
        Bullet);
}
