using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("close-to-the-budget")]
[Description("A build within 5% of the budget leaves no room for street-price swings, tax or shipping.")]
[Tag("compatibility"), Tag("budget")]
[Priority(50)]
[Source("guide price ranges (April 2026 street prices move: e.g. RTX 5090 $3,500–4,200 against a $1,999 MSRP)")]
public sealed class NearBudgetRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        When()
            .Match(() => requirements)
            .Match(() => build, b => BudgetMargins.IsNear(b, requirements));
        Then().Yield(ctx => new Finding(build, FindingKind.Warning, ctx.Rule.Name, Text(build, requirements)));
    }

    private static string Text(Build build, Requirements requirements) =>
        Invariant($"${build.TotalPriceUsd:N0} leaves ${-BudgetMargins.OverBy(build, requirements):N0} of the ${requirements.BudgetUsd:N0} budget ({-BudgetMargins.OverBy(build, requirements) / requirements.BudgetUsd * 100:0.#}%); prices at the top of their ranges, tax or shipping would exceed it.");
}
