namespace ExpertRig.Engine.Audit;

/// <summary>A fact was inserted, updated or retracted, with its cause.</summary>
public sealed class WorkingMemoryEventArgs(object fact, FactCause cause) : EventArgs
{
    /// <summary>The fact.</summary>
    public object Fact { get; } = fact;

    /// <summary>Who changed it: the caller, a rule (with the facts it matched), or truth maintenance.</summary>
    public FactCause Cause { get; } = cause;
}
