namespace ExpertRig.Domain.Builds.Composition;

/// <summary>What the composer hands the rules: the guide's templates and the composed candidates, and the ledger of pruned options.</summary>
/// <param name="Candidates">Templates first (always evaluated), then composed archetypes, at most the candidate limit in all.</param>
/// <param name="Pruned">Every option left out, with its reason.</param>
public sealed record Composition(IReadOnlyList<Archetype> Candidates, IReadOnlyList<PrunedOption> Pruned);
