namespace ExpertRig.Engine.Runtime;

/// <summary>The facts of a session by object identity, indexed by type in insertion order.</summary>
internal sealed class WorkingMemory(int capacity)
{
    private readonly Dictionary<object, FactHandle> _byObject = new(capacity, ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Type, List<FactHandle>> _byRuntimeType = [];
    private readonly Dictionary<Type, List<FactHandle>> _byPatternType = [];
    private long _nextId;

    public int Count => _byObject.Count;

    public FactHandle? Find(object fact) => _byObject.GetValueOrDefault(fact);

    public FactHandle Add(object fact, FactCause cause)
    {
        var handle = new FactHandle(++_nextId, fact, cause);
        _byObject.Add(fact, handle);
        Index(handle);
        return handle;
    }

    public void Remove(FactHandle handle)
    {
        handle.IsRetracted = true;
        _byObject.Remove(handle.Fact);
        Unindex(handle);
    }

    /// <summary>Swaps the object behind a handle (a linked fact replaced on update); identity and id stay.</summary>
    public void Replace(FactHandle handle, object fact)
    {
        _byObject.Remove(handle.Fact);
        var typeChanged = handle.Fact.GetType() != fact.GetType();
        if (typeChanged)
        {
            Unindex(handle);
        }

        handle.Fact = fact;
        _byObject.Add(fact, handle);
        if (typeChanged)
        {
            Index(handle);
        }
    }

    /// <summary>The facts assignable to <paramref name="patternType"/>, oldest first.</summary>
    public IReadOnlyList<FactHandle> OfType(Type patternType)
    {
        if (_byPatternType.TryGetValue(patternType, out var cached))
        {
            return cached;
        }

        var lists = _byRuntimeType.Where(p => patternType.IsAssignableFrom(p.Key)).Select(p => p.Value).ToList();
        var handles = lists.Count == 1 ? [.. lists[0]] : lists.SelectMany(l => l).OrderBy(h => h.Id).ToList();
        _byPatternType[patternType] = handles;
        return handles;
    }

    public IEnumerable<FactHandle> All() => _byObject.Values.OrderBy(h => h.Id);

    private void Index(FactHandle handle)
    {
        var type = handle.Fact.GetType();
        if (!_byRuntimeType.TryGetValue(type, out var list))
        {
            _byRuntimeType[type] = list = [];
        }

        var at = list.Count == 0 || list[^1].Id < handle.Id ? list.Count : list.FindIndex(h => h.Id > handle.Id);
        list.Insert(at, handle);
        Invalidate(type);
    }

    private void Unindex(FactHandle handle)
    {
        var type = handle.Fact.GetType();
        _byRuntimeType[type].Remove(handle);
        Invalidate(type);
    }

    private void Invalidate(Type runtimeType)
    {
        if (_byPatternType.Count == 0)
        {
            return;
        }

        foreach (var patternType in _byPatternType.Keys.Where(t => t.IsAssignableFrom(runtimeType)).ToList())
        {
            _byPatternType.Remove(patternType);
        }
    }
}
