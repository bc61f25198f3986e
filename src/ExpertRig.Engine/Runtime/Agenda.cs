namespace ExpertRig.Engine.Runtime;

/// <summary>
/// Pending activations in firing order: highest rule priority first; then the older activation (queued after fewer
/// firings; the caller's facts count as before the first); then the matched facts' insertion ids, slot by slot; and
/// only when two rules match the very same facts at once, the rule loaded first. The order depends only on the rules
/// and the facts, never on the order the matcher visits its nodes.
/// </summary>
internal sealed class Agenda
{
    private readonly SortedSet<Activation> _pending = new(Comparer<Activation>.Create(Compare));
    private long _sequence;

    public int Count => _pending.Count;

    public IEnumerable<Activation> InOrder => _pending;

    /// <summary>The priority of the activation that fires next; <see cref="int.MinValue"/> when none is pending.</summary>
    public int TopPriority => _pending.Count == 0 ? int.MinValue : _pending.Min!.Rule.Metadata.Priority;

    /// <summary>Queues an activation as of <paramref name="stamp"/>, the number of firings so far.</summary>
    public void Add(Activation activation, long stamp)
    {
        activation.Sequence = ++_sequence;
        activation.Stamp = stamp;
        activation.IsPending = true;
        _pending.Add(activation);
    }

    public void Remove(Activation activation)
    {
        if (activation.IsPending)
        {
            _pending.Remove(activation);
            activation.IsPending = false;
        }
    }

    public Activation? Pop()
    {
        if (_pending.Count == 0)
        {
            return null;
        }

        var next = _pending.Min!;
        Remove(next);
        return next;
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

        order = a.Key.Ids.AsSpan().SequenceCompareTo(b.Key.Ids);
        return order != 0 ? order : a.Rule.Index.CompareTo(b.Rule.Index);
    }
}
