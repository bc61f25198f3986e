namespace ExpertRig.Advisor.View;

/// <summary>
/// Everything a recommendation says, in one view model that both the JSON output and the Markdown report render:
/// the needs as understood, the ranked builds, the rejected alternatives, warnings, the rules that fired, and the
/// appendix material (assumptions, guide figures the physics corrects, the audit trail).
/// </summary>
/// <param name="Comparison">The feasible builds that run the main workload, cheapest first (the chart): a build that
/// breaks a hard constraint or cannot run the model is never charted.</param>
/// <param name="MoreMoneyBuys">Builds rejected only for the budget that run the main workload faster than every
/// feasible build, cheapest first: what more money buys.</param>
/// <param name="Method">The rules every build goes through (configuration, software, power, prediction, feasibility),
/// each once with its description: the method the report states once, in an appendix.</param>
/// <param name="Assumptions">The assumptions behind the recommended builds' predictions, each once, with its source.</param>
/// <param name="GuideCorrections">The guide's speed figures for the recommended hardware that the physics corrects.</param>
/// <param name="Rules">Each rule that fired, once, with its description and source.</param>
/// <param name="AuditTrail">Every firing in order, with the facts it matched and produced.</param>
public sealed record RecommendationView(
    NeedsView Needs,
    IReadOnlyList<BuildView> Builds,
    IReadOnlyList<RejectedView> Rejected,
    IReadOnlyList<RuleTextView> Warnings,
    IReadOnlyList<RuleTextView> Notes,
    IReadOnlyList<string> FiredRules,
    IReadOnlyList<PriceSpeedPointView> Comparison,
    IReadOnlyList<PriceSpeedPointView> MoreMoneyBuys,
    IReadOnlyList<RuleTextView> Method,
    IReadOnlyList<AssumptionView> Assumptions,
    IReadOnlyList<GuideCorrectionView> GuideCorrections,
    IReadOnlyList<FiredRuleView> Rules,
    IReadOnlyList<AuditEntryView> AuditTrail)
{
    /// <summary>The accelerator options the configurator did not compose, each with the bound or option that ruled it out.</summary>
    public IReadOnlyList<PrunedView> Pruned { get; init; } = [];

    /// <summary>
    /// True when the view is of one build the user gave (<c>expertrig check</c>), not of the builds the advisor
    /// configured: the report then speaks of "your build" and lists what it breaks, not rejected alternatives.
    /// </summary>
    public bool CheckedBuild { get; init; }
}
