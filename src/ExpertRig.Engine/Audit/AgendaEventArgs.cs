namespace ExpertRig.Engine.Audit;

/// <summary>An activation was created, updated or deleted, or a rule is firing or has fired.</summary>
public sealed class AgendaEventArgs(RuleMetadata rule, IReadOnlyList<MatchedFact> facts) : EventArgs
{
    /// <summary>The rule's metadata.</summary>
    public RuleMetadata Rule { get; } = rule;

    /// <summary>The matched facts under their pattern names.</summary>
    public IReadOnlyList<MatchedFact> Facts { get; } = facts;
}
