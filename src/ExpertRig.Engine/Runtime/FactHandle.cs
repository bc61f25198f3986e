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
}
