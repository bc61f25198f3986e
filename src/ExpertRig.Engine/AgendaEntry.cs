namespace ExpertRig.Engine;

/// <summary>A pending activation: the rule and the facts it matched.</summary>
public sealed record AgendaEntry(RuleMetadata Rule, IReadOnlyList<MatchedFact> Facts);
