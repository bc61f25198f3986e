namespace ExpertRig.Advisor.View;

/// <summary>An alternative that was configured and rejected, with the rules that rejected it.</summary>
public sealed record RejectedView(
    string Archetype, string Title, double TotalPriceUsd, double? MainDecodeTokensPerS, IReadOnlyList<RuleTextView> Because);
