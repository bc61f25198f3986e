namespace ExpertRig.Engine.Compilation;

/// <summary>
/// A compiled left-hand-side element. <see cref="Slot"/> is its place in the tuple, or -1 when it binds nothing.
/// <see cref="Conditions"/> are the conditions as written (for <c>WhyNot</c>); the matcher runs the same conditions
/// split into <see cref="Tests"/> on the fact alone, an optional hash <see cref="Key"/>, and <see cref="JoinTests"/>.
/// </summary>
internal sealed record CompiledElement(
    ElementKind Kind,
    Type FactType,
    string Name,
    int Slot,
    IReadOnlyList<CompiledCondition> Conditions,
    IReadOnlyList<CompiledCondition> CollectionConditions,
    Func<System.Collections.IList> NewCollection)
{
    /// <summary>Conditions on the fact alone: the element's alpha memory holds the facts that pass them.</summary>
    public IReadOnlyList<CompiledCondition> Tests { get; init; } = [];

    /// <summary>Identity of the alpha memory (fact type and tests), shared by every element with the same one.</summary>
    public string AlphaSignature { get; init; } = "";

    /// <summary>The equality join used as a hash key, if any.</summary>
    public JoinKey? Key { get; init; }

    /// <summary>Conditions that read facts bound earlier, other than the key.</summary>
    public IReadOnlyList<CompiledCondition> JoinTests { get; init; } = [];
}
