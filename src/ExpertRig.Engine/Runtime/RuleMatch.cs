namespace ExpertRig.Engine.Runtime;

/// <summary>One tuple a rule matches now: its identity, the bound objects and the versions they carry.</summary>
internal readonly record struct RuleMatch(TupleKey Key, object?[] Tuple, long[] Signature);
