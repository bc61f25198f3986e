using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>Tier 1 bullet: a budget ceiling of $7,000–8,000 total.</summary>
[Name("tier1-budget-ceiling")]
[Description("Endorses Tier 1 when the budget is at most $8,000 and the build fits in it.")]
[Tag("framework"), Tag("tier1"), Tag("budget")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?'")]
public sealed class Tier1BudgetRule : Rule
{
    // The top of the guide's "Budget ceiling of $7,000–$8,000 total".
    private const double CeilingUsd = 8000;
    private const string Bullet = "Choose Tier 1 if your budget ceiling is $7,000–$8,000 total";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsTier1(b))
            .Match(() => requirements, r => r.BudgetUsd <= CeilingUsd, r => build.TotalPriceUsd <= r.BudgetUsd);
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build, requirements));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Endorsement(string rule, Build build, Requirements requirements) =>
        Finding.Written(build, FindingKind.Endorsement, rule, (build, requirements), static s => Text(s.build, s.requirements));

    private static string Text(Build build, Requirements requirements) => FrameworkText.Because(
        $"Your budget is {FrameworkText.Usd(requirements.BudgetUsd)}",
        $"this Tier 1 build costs {FrameworkText.Usd(build.TotalPriceUsd)}",
        Bullet);
}
