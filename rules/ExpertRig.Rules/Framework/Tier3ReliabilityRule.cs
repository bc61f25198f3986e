using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>Tier 3 bullet: an institutional budget and professional-grade reliability.</summary>
[Name("tier3-institutional-reliability")]
[Description("Endorses Tier 3 when ECC is required, the budget is institutional ($25,000 or more) and the cards have ECC memory.")]
[Tag("framework"), Tag("tier3"), Tag("ecc")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?' and 'Build Tier 3 — The Research Station' (~$25,000–45,000+)")]
public sealed class Tier3ReliabilityRule : Rule
{
    // The bottom of the guide's Tier 3 price range, "~$25,000–$45,000+".
    private const double InstitutionalBudgetUsd = 25000;
    private const string Bullet = "Choose Tier 3 if you have an institutional budget and need professional-grade reliability (ECC, blower cards, IPMI management)";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsTier3(b), b => b.Gpu!.Ecc)
            .Match(() => requirements, r => r.Profile.EccRequired, r => r.Profile.HasBudget, r => r.BudgetUsd >= InstitutionalBudgetUsd);
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build, requirements));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Endorsement(string rule, Build build, Requirements requirements) =>
        Finding.Written(build, FindingKind.Endorsement, rule, (build, requirements), static s => Text(s.build, s.requirements));

    private static string Text(Build build, Requirements requirements) => FrameworkText.Because(
        $"You need ECC and have a {FrameworkText.Usd(requirements.BudgetUsd)} budget",
        $"the {build.Gpu!.Name} cards have ECC memory" + (build.Motherboard is { Ecc: true } board ? $" and the {board.Name} runs ECC RDIMMs" : ""),
        Bullet);
}
