namespace ExpertRig.Engine.Runtime;

/// <summary>
/// The facts that pass one alpha node's tests, in insertion order, with a hash index per join key: bucket of facts
/// by key, and each member's keys, so that a change finds the tuples it touches without scanning. A node without
/// indexes keeps only its member list: membership is a binary search of it by id (members are kept in id order).
/// </summary>
internal sealed class AlphaMemory
{
    // Each member's keys (one dictionary stands for membership and every index's key of the fact): the key itself
    // for a node with one index, an array of one per index for a node with more; null for a node without indexes
    // (its members have no keys, and the member list answers membership).
    private readonly Dictionary<FactHandle, object>? _keys;
    private readonly Index[] _indexes;

    /// <summary>An empty memory whose containers are made for the sizes <paramref name="shape"/> holds for the node.</summary>
    public AlphaMemory(AlphaNode node, SessionShape shape)
    {
        Node = node;
        var members = shape.Members(node.Id);
        _keys = node.Indexes.Count == 0 ? null : new Dictionary<FactHandle, object>(members);
        Facts = new List<FactHandle>(members);
        _indexes = new Index[node.Indexes.Count];
        for (var i = 0; i < _indexes.Length; i++)
        {
            _indexes[i] = new Index(node.Indexes[i].Key.Comparer, shape.Keys(node.Id, i));
        }
    }

    // The memory of no node, empty for good: what a session reads for a node no fact has entered yet.
    private AlphaMemory()
    {
        Node = null!;
        _indexes = [];
        Facts = [];
    }

    /// <summary>
    /// An empty memory shared by every node (and session) that no fact has entered: read-only (adding to it throws;
    /// removing from it or replacing a non-member's keys with none changes nothing); any index's buckets are empty.
    /// </summary>
    public static AlphaMemory Empty { get; } = new();

    public AlphaNode Node { get; }

    /// <summary>Changes so far (each add, remove and update counts): a collection of all members is current while it holds.</summary>
    public long Version { get; private set; }

    /// <summary>Members, oldest first.</summary>
    public List<FactHandle> Facts { get; }

    public bool Contains(FactHandle handle) => _keys?.ContainsKey(handle) ?? IsListed(handle);

    /// <summary>The member's key under <paramref name="index"/>, or null when it is not a member.</summary>
    public object? KeyOrNull(FactHandle handle, int index) =>
        _keys is not null && _keys.TryGetValue(handle, out var stored) ? Keys(stored)[index] : null;

    // A member's stored keys, read as what they stand for.
    private MemberKeys Keys(object stored) => _indexes.Length == 1 ? MemberKeys.One(stored) : MemberKeys.Many((object[])stored);

    // What a member's keys are stored as (see _keys).
    private static object Stored(MemberKeys keys, int indexes) => indexes == 1 ? keys[0] : keys.ToStoredArray();

    // The member list holds this very handle (ids are unique in a session).
    private bool IsListed(FactHandle handle)
    {
        var at = Search(Facts, handle.Id);
        return at >= 0 && ReferenceEquals(Facts[at], handle);
    }

    // A member's keys (none for a node without indexes), or None when it is not a member.
    private MemberKeys KeysOf(FactHandle handle) =>
        _keys is null
            ? (IsListed(handle) ? MemberKeys.Unindexed : MemberKeys.None)
            : _keys.TryGetValue(handle, out var stored) ? Keys(stored) : MemberKeys.None;

    public IReadOnlyList<FactHandle> Bucket(int index, object key) =>
        (index < _indexes.Length ? _indexes[index].Buckets.GetValueOrDefault(key) : null) ?? (IReadOnlyList<FactHandle>)[];

    public void Add(FactHandle handle, MemberKeys keys)
    {
        if (ReferenceEquals(this, Empty))
        {
            throw new InvalidOperationException("the shared empty alpha memory is read-only");
        }

        _keys?.Add(handle, Stored(keys, _indexes.Length));
        Version++;
        Insert(Facts, handle);
        for (var i = 0; i < _indexes.Length; i++)
        {
            var index = _indexes[i];
            if (!index.Buckets.TryGetValue(keys[i], out var bucket))
            {
                index.Buckets[keys[i]] = bucket = [];
            }

            Insert(bucket, handle);
        }
    }

    /// <summary>Removes a member and returns the keys it had; None when it was not a member.</summary>
    public MemberKeys Remove(FactHandle handle)
    {
        MemberKeys keys;
        if (_keys is null)
        {
            if (!IsListed(handle))
            {
                return MemberKeys.None;
            }

            keys = MemberKeys.Unindexed;
        }
        else if (_keys.Remove(handle, out var stored))
        {
            keys = Keys(stored);
        }
        else
        {
            return MemberKeys.None;
        }

        Version++;
        Delete(Facts, handle);
        for (var i = 0; i < _indexes.Length; i++)
        {
            var buckets = _indexes[i].Buckets;
            var bucket = buckets[keys[i]];
            Delete(bucket, handle);
            if (bucket.Count == 0)
            {
                buckets.Remove(keys[i]);
            }
        }

        return keys;
    }

    /// <summary>
    /// A member (or not) that now has <paramref name="keys"/> (None: it fails the tests); returns the keys it had.
    /// A member whose keys are unchanged keeps its places: removing and adding it again would put it back in the
    /// same places (members are kept in id order), so only the version moves.
    /// </summary>
    public MemberKeys Replace(FactHandle handle, MemberKeys keys)
    {
        var before = keys.IsMember ? KeysOf(handle) : MemberKeys.None;
        if (!keys.IsMember || !before.IsMember || !SameKeys(before, keys))
        {
            var removed = Remove(handle);
            if (keys.IsMember)
            {
                Add(handle, keys);
            }

            return removed;
        }

        if (_keys is not null)
        {
            _keys[handle] = Stored(keys, _indexes.Length);
        }

        Version++;
        return before;
    }

    private bool SameKeys(MemberKeys before, MemberKeys after)
    {
        for (var i = 0; i < _indexes.Length; i++)
        {
            if (!_indexes[i].Buckets.Comparer.Equals(before[i], after[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static void Insert(List<FactHandle> list, FactHandle handle)
    {
        if (list.Count == 0 || list[^1].Id < handle.Id)
        {
            list.Add(handle);
            return;
        }

        list.Insert(~Search(list, handle.Id), handle);
    }

    private static void Delete(List<FactHandle> list, FactHandle handle) => list.RemoveAt(Search(list, handle.Id));

    private static int Search(List<FactHandle> list, long id)
    {
        int low = 0, high = list.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var at = list[mid].Id;
            if (at == id)
            {
                return mid;
            }

            if (at < id)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return ~low;
    }

    /// <summary>Writes this memory's sizes (members, keys per index) into <paramref name="shape"/>.</summary>
    public void RecordShape(SessionShape shape)
    {
        Span<int> keys = stackalloc int[_indexes.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = _indexes[i].Buckets.Count;
        }

        shape.RecordMemory(Node.Id, Facts.Count, keys);
    }

    private sealed class Index(IEqualityComparer<object> comparer, int capacity)
    {
        public Dictionary<object, List<FactHandle>> Buckets { get; } = new(capacity, comparer);
    }
}
