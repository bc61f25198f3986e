namespace ExpertRig.Advisor.View;

/// <summary>A recommended build, complete: parts, prices, predictions, power, software and justification.</summary>
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
    IReadOnlyList<RuleTextView> Notes);
