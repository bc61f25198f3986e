namespace ExpertRig.Engine.Runtime;

/// <summary>
/// One tuple a rule matches now: its identity, the bound objects and the versions they carry. A match that an
/// existing activation already holds with the same versions has no <see cref="Tuple"/> of its own (nothing changed).
/// A match no activation holds yet carries the handles of its fact slots (null for a collection slot), for the
/// activation made from it; others have none.
/// </summary>
internal readonly record struct RuleMatch(TupleKey Key, object?[]? Tuple, long[] Signature, FactHandle?[]? Handles = null)
{
    public bool Unchanged => Tuple is null;
}
