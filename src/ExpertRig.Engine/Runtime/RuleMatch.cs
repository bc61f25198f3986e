namespace ExpertRig.Engine.Runtime;

/// <summary>
/// One tuple a rule matches now: its identity, the bound objects and the versions they carry. A match that an
/// existing activation already holds with the same versions has no <see cref="Tuple"/> of its own (nothing changed).
/// A match no activation holds yet has a key of its own, whose handles become the activation's.
/// </summary>
internal readonly record struct RuleMatch(TupleKey Key, object?[]? Tuple, long[] Signature)
{
    public bool Unchanged => Tuple is null;
}
