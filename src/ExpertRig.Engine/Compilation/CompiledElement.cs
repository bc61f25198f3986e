namespace ExpertRig.Engine.Compilation;

/// <summary>A compiled left-hand-side element. <see cref="Slot"/> is its place in the tuple, or -1 when it binds nothing.</summary>
internal sealed record CompiledElement(
    ElementKind Kind,
    Type FactType,
    string Name,
    int Slot,
    IReadOnlyList<CompiledCondition> Conditions,
    IReadOnlyList<CompiledCondition> CollectionConditions,
    Func<System.Collections.IList> NewCollection);
