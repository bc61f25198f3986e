namespace ExpertRig.Engine.Runtime;

/// <summary>Identity of an activation: the ids of the facts bound to each slot (0 for a collection slot).</summary>
internal sealed class TupleKey(long[] ids) : IEquatable<TupleKey>
{
    private int _hash = Hash(ids);

    public long[] Ids { get; } = ids;

    /// <summary>A key to look activations up with, rewritten in place (never stored in a dictionary).</summary>
    public static TupleKey Probe(int slots) => new(new long[slots]);

    /// <summary>Takes the probe's new ids (written into <see cref="Ids"/>) into its hash.</summary>
    public void Rehash() => _hash = Hash(Ids);

    public bool Equals(TupleKey? other) => other is not null && Ids.AsSpan().SequenceEqual(other.Ids);

    public override bool Equals(object? obj) => Equals(obj as TupleKey);

    public override int GetHashCode() => _hash;

    private static int Hash(long[] ids)
    {
        var hash = new HashCode();
        foreach (var id in ids)
        {
            hash.Add(id);
        }

        return hash.ToHashCode();
    }
}
