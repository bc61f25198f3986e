using ExpertRig.Engine.Compilation;

namespace ExpertRig.Engine.Runtime;

/// <summary>A rule matched to one tuple of facts: on the agenda until it fires, kept afterwards for refraction.</summary>
internal sealed class Activation(CompiledRule rule, TupleKey key, object?[] tuple, long[] signature)
{
    public CompiledRule Rule { get; } = rule;

    public TupleKey Key { get; } = key;

    /// <summary>The bound objects, one per slot (a list for a collection slot).</summary>
    public object?[] Tuple { get; set; } = tuple;

    /// <summary>Versions of the bound facts (and members of collections) now.</summary>
    public long[] Signature { get; set; } = signature;

    /// <summary>Versions when it last fired, or null if it has not fired.</summary>
    public long[]? FiredSignature { get; set; }

    /// <summary>Order of queueing, for listing matches.</summary>
    public long Sequence { get; set; }

    /// <summary>Firings made before it was last queued: the agenda's recency.</summary>
    public long Stamp { get; set; }

    /// <summary>Its match went away; it will not fire again.</summary>
    public bool IsDeleted { get; set; }

    public bool IsPending { get; set; }

    public Dictionary<object, FactHandle> Linked { get; } = [];

    public IReadOnlyList<MatchedFact> MatchedFacts() =>
        [.. Rule.SlotNames.Select((name, i) => new MatchedFact(name, Tuple[i]!))];
}
