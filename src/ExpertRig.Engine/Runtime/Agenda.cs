namespace ExpertRig.Engine.Runtime;

/// <summary>
/// Pending activations in firing order: highest rule priority first; then the older activation (queued after fewer
/// firings; the caller's facts count as before the first); then the matched facts' insertion ids, slot by slot; and
/// only when two rules match the very same facts at once, the rule loaded first. The order depends only on the rules
/// and the facts, never on the order the matcher visits its nodes. The order is total (no two pending activations
/// compare equal), so a binary heap pops exactly the sorted order; each activation knows its place in the heap, so
/// one that loses its match leaves in O(log n).
/// </summary>
internal sealed class Agenda
{
    private static readonly Comparer<Activation> Order = Comparer<Activation>.Create(Compare);
    private readonly List<Activation> _heap = [];
    private long _sequence;

    public int Count => _heap.Count;

    /// <summary>The pending activations in firing order (a sorted copy).</summary>
    public IEnumerable<Activation> InOrder
    {
        get
        {
            var sorted = _heap.ToList();
            sorted.Sort(Order);
            return sorted;
        }
    }

    /// <summary>The priority of the activation that fires next; <see cref="int.MinValue"/> when none is pending.</summary>
    public int TopPriority => _heap.Count == 0 ? int.MinValue : _heap[0].Rule.Metadata.Priority;

    /// <summary>Queues an activation as of <paramref name="stamp"/>, the number of firings so far.</summary>
    public void Add(Activation activation, long stamp)
    {
        activation.Sequence = ++_sequence;
        activation.Stamp = stamp;
        activation.IsPending = true;
        _heap.Add(activation);
        activation.HeapIndex = _heap.Count - 1;
        Up(_heap.Count - 1);
    }

    public void Remove(Activation activation)
    {
        if (!activation.IsPending)
        {
            return;
        }

        activation.IsPending = false;
        var at = activation.HeapIndex;
        var last = _heap.Count - 1;
        activation.HeapIndex = -1;
        if (at != last)
        {
            var moved = _heap[last];
            _heap[at] = moved;
            moved.HeapIndex = at;
            _heap.RemoveAt(last);
            if (at > 0 && Compare(moved, _heap[(at - 1) / 2]) < 0)
            {
                Up(at);
            }
            else
            {
                Down(at);
            }
        }
        else
        {
            _heap.RemoveAt(last);
        }
    }

    public Activation? Pop()
    {
        if (_heap.Count == 0)
        {
            return null;
        }

        var next = _heap[0];
        Remove(next);
        return next;
    }

    private void Up(int at)
    {
        var item = _heap[at];
        while (at > 0)
        {
            var parent = (at - 1) / 2;
            if (Compare(item, _heap[parent]) >= 0)
            {
                break;
            }

            _heap[at] = _heap[parent];
            _heap[at].HeapIndex = at;
            at = parent;
        }

        _heap[at] = item;
        item.HeapIndex = at;
    }

    private void Down(int at)
    {
        var item = _heap[at];
        var count = _heap.Count;
        while (true)
        {
            var child = (2 * at) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && Compare(_heap[child + 1], _heap[child]) < 0)
            {
                child++;
            }

            if (Compare(_heap[child], item) >= 0)
            {
                break;
            }

            _heap[at] = _heap[child];
            _heap[at].HeapIndex = at;
            at = child;
        }

        _heap[at] = item;
        item.HeapIndex = at;
    }

    private static int Compare(Activation a, Activation b)
    {
        var order = b.Rule.Metadata.Priority.CompareTo(a.Rule.Metadata.Priority);
        if (order != 0)
        {
            return order;
        }

        order = a.Stamp.CompareTo(b.Stamp);
        if (order != 0)
        {
            return order;
        }

        order = a.Key.CompareTo(b.Key);
        return order != 0 ? order : a.Rule.Index.CompareTo(b.Rule.Index);
    }
}
