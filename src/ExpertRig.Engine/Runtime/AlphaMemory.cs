namespace ExpertRig.Engine.Runtime;

/// <summary>
/// The facts that pass one alpha node's tests, in insertion order, with a hash index per join key: bucket of facts
/// by key, and each member's key, so that a change finds the tuples it touches without scanning.
/// </summary>
internal sealed class AlphaMemory(AlphaNode node)
{
    private readonly HashSet<FactHandle> _members = [];
    private readonly Index[] _indexes = [.. node.Indexes.Select(k => new Index(k.Key.Comparer))];

    public AlphaNode Node { get; } = node;

    /// <summary>Changes so far (each add and remove counts one): a collection of all members is current while it holds.</summary>
    public long Version { get; private set; }

    /// <summary>Members, oldest first.</summary>
    public List<FactHandle> Facts { get; } = [];

    public bool Contains(FactHandle handle) => _members.Contains(handle);

    public object KeyOf(FactHandle handle, int index) => _indexes[index].KeyOf[handle];

    public IReadOnlyList<FactHandle> Bucket(int index, object key) =>
        _indexes[index].Buckets.GetValueOrDefault(key) ?? (IReadOnlyList<FactHandle>)[];

    public void Add(FactHandle handle, object[] keys)
    {
        _members.Add(handle);
        Version++;
        Insert(Facts, handle);
        for (var i = 0; i < _indexes.Length; i++)
        {
            var index = _indexes[i];
            index.KeyOf[handle] = keys[i];
            if (!index.Buckets.TryGetValue(keys[i], out var bucket))
            {
                index.Buckets[keys[i]] = bucket = [];
            }

            Insert(bucket, handle);
        }
    }

    /// <summary>Removes a member and returns the keys it had.</summary>
    public object[] Remove(FactHandle handle)
    {
        _members.Remove(handle);
        Version++;
        Delete(Facts, handle);
        var keys = new object[_indexes.Length];
        for (var i = 0; i < _indexes.Length; i++)
        {
            var index = _indexes[i];
            keys[i] = index.KeyOf[handle];
            index.KeyOf.Remove(handle);
            var bucket = index.Buckets[keys[i]];
            Delete(bucket, handle);
            if (bucket.Count == 0)
            {
                index.Buckets.Remove(keys[i]);
            }
        }

        return keys;
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

    private sealed class Index(IEqualityComparer<object> comparer)
    {
        public Dictionary<object, List<FactHandle>> Buckets { get; } = new(comparer);

        public Dictionary<FactHandle, object> KeyOf { get; } = [];
    }
}
