namespace ExpertRig.Advisor.View;

/// <summary>
/// Everything a recommendation says, in one view model that both the JSON output and the Markdown report render:
/// the needs as understood, the ranked builds, the rejected alternatives, warnings, and the rules that fired.
/// </summary>
public sealed record RecommendationView(
    NeedsView Needs,
    IReadOnlyList<BuildView> Builds,
    IReadOnlyList<RejectedView> Rejected,
    IReadOnlyList<RuleTextView> Warnings,
    IReadOnlyList<RuleTextView> Notes,
    IReadOnlyList<string> FiredRules);
