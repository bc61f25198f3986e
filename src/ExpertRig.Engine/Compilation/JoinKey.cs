namespace ExpertRig.Engine.Compilation;

/// <summary>
/// An equality between an expression of the pattern's fact and an expression of the facts bound before it
/// (<c>ReferenceEquals(p.Build, build)</c>, <c>p.Build == build</c>, <c>x.Id == y.Id</c>), used as a hash key: the
/// pattern's alpha memory is indexed by the fact side, and a partial tuple looks up its bucket by the tuple side.
/// </summary>
internal sealed class JoinKey(
    Func<string> text,
    string signature,
    TieredDelegate<Func<object, object?>> factKey,
    int tupleSlot,
    TieredDelegate<Func<object?[], object?>>? tupleKey,
    bool byReference)
{
    private static readonly object Null = new();
    private readonly Lazy<string> _text = new(text);

    /// <summary>The equality as written, for errors (rendered on first use).</summary>
    public string Text => _text.Value;

    /// <summary>The fact side and the comparison, so rules with the same fact side share one index.</summary>
    public string Signature { get; } = signature;

    public TieredDelegate<Func<object, object?>> FactKey { get; } = factKey;

    /// <summary>The slot whose fact is the tuple side itself (as in <c>ReferenceEquals(p.Build, build)</c>), or -1.</summary>
    public int TupleSlot { get; } = tupleSlot;

    /// <summary>The tuple side when it is more than a bound variable.</summary>
    public TieredDelegate<Func<object?[], object?>>? TupleKey { get; } = tupleKey;

    /// <summary>True for reference equality: the fact side names a fact, so a change finds its tuples by identity.</summary>
    public bool ByReference { get; } = byReference;

    public IEqualityComparer<object> Comparer =>
        ByReference ? ReferenceEqualityComparer.Instance : EqualityComparer<object>.Default;

    /// <summary>A dictionary key for a value (null has a key of its own).</summary>
    public static object Box(object? value) => value ?? Null;
}
