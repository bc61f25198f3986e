namespace ExpertRig.Engine;

/// <summary>Who changed working memory.</summary>
public enum CauseKind
{
    /// <summary>The program that owns the session.</summary>
    Caller,

    /// <summary>A rule's action.</summary>
    Rule,

    /// <summary>Truth maintenance: the activation that produced a linked fact lost its match.</summary>
    TruthMaintenance,
}
