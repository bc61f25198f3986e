namespace ExpertRig.Engine.Runtime;

/// <summary>
/// One tuple a rule matches now: its identity, the bound objects and the versions they carry. A match that an
/// existing activation already holds with the same versions has no <see cref="Tuple"/> of its own (nothing changed).
/// </summary>
internal readonly record struct RuleMatch(TupleKey Key, object?[]? Tuple, long[] Signature)
{
    public bool Unchanged => Tuple is null;
}
