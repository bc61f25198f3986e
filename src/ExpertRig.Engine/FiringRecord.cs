namespace ExpertRig.Engine;

/// <summary>One entry of the journal: a rule firing, the facts it matched and the facts it changed.</summary>
public sealed class FiringRecord
{
    // Made on the first change of each kind: most firings insert one fact and update or retract none.
    private List<object>? _inserted;
    private List<object>? _updated;
    private List<object>? _retracted;

    internal FiringRecord(int sequence, RuleMetadata rule, IReadOnlyList<MatchedFact> facts, IReadOnlyList<bool> collections)
    {
        Sequence = sequence;
        Rule = rule;
        Facts = facts;
        Collections = collections;
    }

    /// <summary>1 for the session's first firing, then 2, 3 …</summary>
    public int Sequence { get; }

    /// <summary>The rule that fired.</summary>
    public RuleMetadata Rule { get; }

    /// <summary>The matched facts under their pattern names.</summary>
    public IReadOnlyList<MatchedFact> Facts { get; }

    /// <summary>For each matched fact, whether it is the list of a collecting pattern.</summary>
    internal IReadOnlyList<bool> Collections { get; }

    /// <summary>Facts this firing inserted (linked facts included).</summary>
    public IReadOnlyList<object> Inserted => (IReadOnlyList<object>?)_inserted ?? [];

    /// <summary>Facts this firing updated.</summary>
    public IReadOnlyList<object> Updated => (IReadOnlyList<object>?)_updated ?? [];

    /// <summary>Facts this firing retracted.</summary>
    public IReadOnlyList<object> Retracted => (IReadOnlyList<object>?)_retracted ?? [];

    internal void Record(CauseEffect effect, object fact) =>
        (effect switch { CauseEffect.Inserted => _inserted ??= [], CauseEffect.Updated => _updated ??= [], _ => _retracted ??= [] }).Add(fact);

    /// <inheritdoc />
    public override string ToString() => $"#{Sequence} {Rule.Name}({string.Join(", ", Facts)})";
}
