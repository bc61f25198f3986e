namespace ExpertRig.Advisor.View;

/// <summary>One firing of the audit trail: the rule, the facts it matched ("name = fact") and the facts it produced.</summary>
public sealed record AuditEntryView(int Sequence, string Rule, IReadOnlyList<string> Matched, IReadOnlyList<string> Produced);
