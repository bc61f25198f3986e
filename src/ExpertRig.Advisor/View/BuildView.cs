namespace ExpertRig.Advisor.View;

/// <summary>A recommended build, complete: parts, prices, predictions, power, software and justification.</summary>
/// <param name="Because">The reasons specific to this build, in firing order: the findings of the rules that endorse or
/// size it. The method every build goes through is <see cref="RecommendationView.Method"/>.</param>
/// <param name="Warnings">Risks and caveats the rules found.</param>
/// <param name="Notes">Every piece of advice (includes <paramref name="LaunchHints"/> and <paramref name="UpgradePath"/>).</param>
/// <param name="Endorsements">The guide's reasons to choose this build, in firing order.</param>
/// <param name="LaunchHints">The notes of the software rules: launch lines and settings.</param>
/// <param name="UpgradePath">The notes of the upgrade rules.</param>
/// <param name="OtherNotes">The notes that are neither launch hints nor upgrade path (sizing, power, cost).</param>
public sealed record BuildView(
    int Rank,
    string Archetype,
    string Title,
    string Source,
    double Score,
    string ScoreExplanation,
    IReadOnlyList<ComponentView> Components,
    double TotalPriceUsd,
    MemoryView Memory,
    IReadOnlyList<WorkloadView> Workloads,
    PowerView? Power,
    string Software,
    string SoftwareReason,
    IReadOnlyList<RuleTextView> Because,
    IReadOnlyList<RuleTextView> Warnings,
    IReadOnlyList<RuleTextView> Notes,
    IReadOnlyList<RuleTextView> Endorsements,
    IReadOnlyList<RuleTextView> LaunchHints,
    IReadOnlyList<RuleTextView> UpgradePath,
    IReadOnlyList<RuleTextView> OtherNotes);
