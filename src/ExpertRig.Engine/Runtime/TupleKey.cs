namespace ExpertRig.Engine.Runtime;

/// <summary>
/// Identity of an activation: the facts bound to each slot (null for a collection slot), compared by their ids (0
/// for a collection slot). The handles are the activation's own (<see cref="Activation.Handles"/>): one array for both.
/// </summary>
internal sealed class TupleKey(FactHandle?[] handles) : IEquatable<TupleKey>
{
    private int _hash = Hash(handles);

    /// <summary>The handle bound in each slot, null for a collection slot (never changed once the key is stored).</summary>
    public FactHandle?[] Handles { get; } = handles;

    /// <summary>A key to look activations up with, reading <paramref name="handles"/> as they are written (never stored in a dictionary).</summary>
    public static TupleKey Probe(FactHandle?[] handles) => new(handles);

    /// <summary>Takes the probe's new handles into its hash.</summary>
    public void Rehash() => _hash = Hash(Handles);

    public bool Equals(TupleKey? other)
    {
        if (other is null || other.Handles.Length != Handles.Length)
        {
            return false;
        }

        for (var i = 0; i < Handles.Length; i++)
        {
            if (Id(Handles[i]) != Id(other.Handles[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The ids slot by slot, as a sequence (a shorter key that is a prefix of a longer one comes first).</summary>
    public int CompareTo(TupleKey other)
    {
        var common = Math.Min(Handles.Length, other.Handles.Length);
        for (var i = 0; i < common; i++)
        {
            var order = Id(Handles[i]).CompareTo(Id(other.Handles[i]));
            if (order != 0)
            {
                return order;
            }
        }

        return Handles.Length.CompareTo(other.Handles.Length);
    }

    public override bool Equals(object? obj) => Equals(obj as TupleKey);

    public override int GetHashCode() => _hash;

    private static long Id(FactHandle? handle) => handle?.Id ?? 0;

    private static int Hash(FactHandle?[] handles)
    {
        var hash = new HashCode();
        foreach (var handle in handles)
        {
            hash.Add(Id(handle));
        }

        return hash.ToHashCode();
    }
}
