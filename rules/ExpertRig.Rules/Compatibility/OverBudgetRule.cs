using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("within-budget")]
[Description("A build that costs more than the whole-system budget is rejected.")]
[Tag("compatibility"), Tag("budget")]
[Priority(50)]
[Source("profile budget_usd against the bill of materials (the middle of each part's April-2026 price range, from the guide where it gives one)")]
public sealed class OverBudgetRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        When()
            .Match(() => requirements)
            .Match(() => build, b => BudgetMargins.OverBy(b, requirements) > 0);
        Then().Yield(ctx => Violation(ctx.Rule.Name, build, requirements));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build, Requirements requirements) =>
        Finding.Written(build, FindingKind.Violation, rule, (build, requirements), static s => Text(s.build, s.requirements));

    private static string Text(Build build, Requirements requirements) =>
        Invariant($"{Figures.Usd(build.TotalPriceUsd)} is {Figures.Usd(BudgetMargins.OverBy(build, requirements))} over the {Figures.Usd(requirements.BudgetUsd)} budget.");
}
