namespace ExpertRig.Advisor.View;

/// <summary>A rule that fired: its description (the sentence of the audit trail), its source and how often it fired.</summary>
public sealed record FiredRuleView(string Name, string Description, string? Source, int Firings);
