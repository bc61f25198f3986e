using ExpertRig.Domain;
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
        Then().Yield(ctx => Warning(ctx.Rule.Name, build, requirements));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Warning(string rule, Build build, Requirements requirements) =>
        Finding.Written(build, FindingKind.Warning, rule, (build, requirements), static s => Text(s.build, s.requirements));

    private static string Text(Build build, Requirements requirements) =>
        Invariant($"{Figures.Usd(build.TotalPriceUsd)} leaves {Figures.Usd(-BudgetMargins.OverBy(build, requirements))} of the {Figures.Usd(requirements.BudgetUsd)} budget ({Figures.Percent(-BudgetMargins.OverBy(build, requirements) / requirements.BudgetUsd, 1)}); prices at the top of their ranges, tax or shipping would exceed it.");
}
