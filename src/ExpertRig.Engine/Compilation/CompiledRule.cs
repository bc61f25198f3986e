namespace ExpertRig.Engine.Compilation;

/// <summary>A rule ready for matching: metadata, elements in order, and actions.</summary>
internal sealed record CompiledRule(
    int Index,
    RuleMetadata Metadata,
    IReadOnlyList<CompiledElement> Elements,
    IReadOnlyList<string> SlotNames,
    IReadOnlyList<CompiledAction> Actions)
{
    public int SlotCount => SlotNames.Count;

    /// <summary>True when a fact of this runtime type can affect the rule's matches.</summary>
    public bool IsAffectedBy(Type factType) => Elements.Any(e => e.FactType.IsAssignableFrom(factType));
}
