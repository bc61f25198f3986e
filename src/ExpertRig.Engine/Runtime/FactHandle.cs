namespace ExpertRig.Engine.Runtime;

/// <summary>A fact in working memory: identity (insertion id), current object, version and provenance.</summary>
internal sealed class FactHandle(long id, object fact, FactCause cause)
{
    public long Id { get; } = id;

    public object Fact { get; set; } = fact;

    public long Version { get; set; }

    public FactCause Cause { get; set; } = cause;

    /// <summary>The activation that owns this fact when it was inserted as a linked fact.</summary>
    public Activation? Source { get; set; }

    public object? LinkKey { get; set; }

    /// <summary>The live activations that bind this fact in a slot of their own (made with the first one).</summary>
    public List<Activation>? Holding { get; set; }

    /// <summary>It has left working memory (a handle is never inserted again).</summary>
    public bool IsRetracted { get; set; }

    /// <summary>Identity is the handle itself; its id (unique in its session) hashes faster than the object header.</summary>
    public override int GetHashCode() => Id.GetHashCode();

    /// <inheritdoc />
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);
}
