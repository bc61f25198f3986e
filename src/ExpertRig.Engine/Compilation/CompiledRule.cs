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
}
