using ExpertRig.Engine.Compilation;

namespace ExpertRig.Engine.Runtime;

/// <summary>A rule matched to one tuple of facts: on the agenda until it fires, kept afterwards for refraction.</summary>
internal sealed class Activation(CompiledRule rule, TupleKey key, object?[] tuple, long[] signature)
{
    public CompiledRule Rule { get; } = rule;

    public TupleKey Key { get; } = key;

    /// <summary>The handles of the facts bound to each slot (null for a collection slot), as in <see cref="Key"/>.</summary>
    public FactHandle?[] Handles => Key.Handles;

    /// <summary>The bound objects, one per slot (a list for a collection slot).</summary>
    public object?[] Tuple { get; set; } = tuple;

    /// <summary>Versions of the bound facts (and members of collections) now; never written (all-zero ones are shared).</summary>
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

    /// <summary>Its place in the agenda's heap while pending.</summary>
    public int HeapIndex { get; set; } = -1;

    // Linked facts by key: the yielded fact (the common case, one per activation) on its own, any others in a
    // dictionary made when the first one is linked.
    private FactHandle? _yielded;
    private Dictionary<object, FactHandle>? _linked;

    /// <summary>How many linked facts this activation holds.</summary>
    public int LinkedCount => (_yielded is null ? 0 : 1) + (_linked?.Count ?? 0);

    public FactHandle? Linked(object key) =>
        ReferenceEquals(key, YieldKey.Instance) ? _yielded : _linked?.GetValueOrDefault(key);

    public void Link(object key, FactHandle handle)
    {
        if (ReferenceEquals(key, YieldKey.Instance))
        {
            _yielded = handle;
        }
        else
        {
            (_linked ??= [])[key] = handle;
        }
    }

    public void Unlink(object key)
    {
        if (ReferenceEquals(key, YieldKey.Instance))
        {
            _yielded = null;
        }
        else
        {
            _linked?.Remove(key);
        }
    }

    /// <summary>The linked facts, oldest (lowest id) first: a copy, safe to retract from.</summary>
    public List<FactHandle> LinkedById()
    {
        var handles = new List<FactHandle>(LinkedCount);
        if (_yielded is not null)
        {
            handles.Add(_yielded);
        }

        if (_linked is not null)
        {
            handles.AddRange(_linked.Values);
        }

        handles.Sort((a, b) => a.Id.CompareTo(b.Id));
        return handles;
    }

    /// <summary>Enters this activation in the holding list of every distinct fact it binds (a fact bound in two slots counts once).</summary>
    public void Hold()
    {
        var handles = Handles;
        for (var slot = 0; slot < handles.Length; slot++)
        {
            if (handles[slot] is { } handle && Array.IndexOf(handles, handle, 0, slot) < 0)
            {
                (handle.Holding ??= []).Add(this);
            }
        }
    }

    /// <summary>Takes this activation out of the holding lists <see cref="Hold"/> entered it in.</summary>
    public void Release()
    {
        var handles = Handles;
        for (var slot = 0; slot < handles.Length; slot++)
        {
            if (handles[slot] is { } handle && Array.IndexOf(handles, handle, 0, slot) < 0)
            {
                handle.Holding!.Remove(this);
            }
        }
    }

    public IReadOnlyList<MatchedFact> MatchedFacts()
    {
        var names = Rule.SlotNames;
        var facts = new MatchedFact[names.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = new MatchedFact(names[i], Tuple[i]!);
        }

        return facts;
    }
}
