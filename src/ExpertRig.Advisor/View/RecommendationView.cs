namespace ExpertRig.Advisor.View;

/// <summary>
/// Everything a recommendation says, in one view model that both the JSON output and the Markdown report render:
/// the needs as understood, the ranked builds, the rejected alternatives, warnings, the rules that fired, and the
/// appendix material (assumptions, guide figures the physics corrects, the audit trail).
/// </summary>
/// <param name="Comparison">Every build in the view with a prediction for the main workload, cheapest first (the chart).</param>
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
    IReadOnlyList<AssumptionView> Assumptions,
    IReadOnlyList<GuideCorrectionView> GuideCorrections,
    IReadOnlyList<FiredRuleView> Rules,
    IReadOnlyList<AuditEntryView> AuditTrail)
{
    /// <summary>The accelerator options the configurator did not compose, each with the bound or option that ruled it out.</summary>
    public IReadOnlyList<PrunedView> Pruned { get; init; } = [];
}
