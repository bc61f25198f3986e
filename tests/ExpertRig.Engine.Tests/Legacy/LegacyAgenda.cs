using ExpertRig.Engine.Runtime;

namespace ExpertRig.Engine.Tests.Legacy;

/// <summary>Pending activations in firing order: highest rule priority first, then activation order.</summary>
internal sealed class LegacyAgenda
{
    private readonly SortedSet<Activation> _pending = new(Comparer<Activation>.Create(Compare));
    private long _sequence;

    public int Count => _pending.Count;

    public IEnumerable<Activation> InOrder => _pending;

    public void Add(Activation activation)
    {
        activation.Sequence = ++_sequence;
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

    public Activation? Peek() => _pending.Count == 0 ? null : _pending.Min;

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
        var byPriority = b.Rule.Metadata.Priority.CompareTo(a.Rule.Metadata.Priority);
        return byPriority != 0 ? byPriority : a.Sequence.CompareTo(b.Sequence);
    }
}
