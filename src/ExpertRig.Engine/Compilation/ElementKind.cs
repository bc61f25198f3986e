namespace ExpertRig.Engine.Compilation;

/// <summary>The kind of a left-hand-side element.</summary>
public enum ElementKind
{
    /// <summary>Binds one fact.</summary>
    Match,

    /// <summary>At least one fact must match.</summary>
    Exists,

    /// <summary>No fact may match.</summary>
    Not,

    /// <summary>Binds the list of every matching fact.</summary>
    Collect,
}
