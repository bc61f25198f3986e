namespace ExpertRig.Engine;

/// <summary>Why a fact was inserted, updated or retracted: by the caller, by a rule firing, or by truth maintenance.</summary>
public sealed record FactCause(CauseKind Kind, RuleMetadata? Rule, FiringRecord? Firing)
{
    internal static FactCause Caller { get; } = new(CauseKind.Caller, null, null);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        CauseKind.Caller => "given",
        CauseKind.Rule => $"rule '{Rule!.Name}'",
        _ => $"truth maintenance of rule '{Rule!.Name}'",
    };
}
