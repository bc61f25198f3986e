namespace ExpertRig.Engine;

/// <summary>One entry of the journal: a rule firing, the facts it matched and the facts it changed.</summary>
public sealed class FiringRecord
{
    // Made on the first change of each kind: most firings insert one fact and update or retract none. The first fact
    // inserted is kept on its own; the list is made for a second one, or when the list is read.
    private object? _firstInserted;
    private List<object>? _inserted;
    private List<object>? _updated;
    private List<object>? _retracted;

    // The matched facts are written when first read (most journals are never read entry by entry): the slot names and
    // the tuple the activation fired on, an array the session never changes once made.
    private readonly IReadOnlyList<string> _names;
    private readonly object?[] _tuple;
    private IReadOnlyList<MatchedFact>? _facts;

    internal FiringRecord(int sequence, RuleMetadata rule, IReadOnlyList<string> names, object?[] tuple, IReadOnlyList<bool> collections)
    {
        Sequence = sequence;
        Rule = rule;
        _names = names;
        _tuple = tuple;
        Collections = collections;
    }

    /// <summary>1 for the session's first firing, then 2, 3 …</summary>
    public int Sequence { get; }

    /// <summary>The rule that fired.</summary>
    public RuleMetadata Rule { get; }

    /// <summary>The matched facts under their pattern names.</summary>
    public IReadOnlyList<MatchedFact> Facts => _facts ??= MatchedFacts();

    /// <summary>For each matched fact, whether it is the list of a collecting pattern.</summary>
    internal IReadOnlyList<bool> Collections { get; }

    /// <summary>Facts this firing inserted (linked facts included).</summary>
    public IReadOnlyList<object> Inserted =>
        _inserted ?? (_firstInserted is null ? Array.Empty<object>() : (IReadOnlyList<object>)(_inserted = [_firstInserted]));

    /// <summary>Facts this firing updated.</summary>
    public IReadOnlyList<object> Updated => (IReadOnlyList<object>?)_updated ?? [];

    /// <summary>Facts this firing retracted.</summary>
    public IReadOnlyList<object> Retracted => (IReadOnlyList<object>?)_retracted ?? [];

    internal void Record(CauseEffect effect, object fact)
    {
        if (effect == CauseEffect.Inserted && _inserted is null)
        {
            if (_firstInserted is null)
            {
                _firstInserted = fact;
                return;
            }

            _inserted = [_firstInserted];
        }

        (effect switch { CauseEffect.Inserted => _inserted!, CauseEffect.Updated => _updated ??= [], _ => _retracted ??= [] }).Add(fact);
    }

    private MatchedFact[] MatchedFacts()
    {
        var facts = new MatchedFact[_names.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = new MatchedFact(_names[i], _tuple[i]!);
        }

        return facts;
    }

    /// <inheritdoc />
    public override string ToString() => $"#{Sequence} {Rule.Name}({string.Join(", ", Facts)})";
}
