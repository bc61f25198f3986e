namespace ExpertRig.Engine.Runtime;

/// <summary>The <see cref="IContext"/> handed to a firing rule's actions; every change is attributed to the firing.</summary>
internal sealed class ActionContext(Session session, Activation activation, FiringRecord firing) : IContext
{
    private readonly FactCause _cause = new(CauseKind.Rule, activation.Rule.Metadata, firing);

    public RuleMetadata Rule => activation.Rule.Metadata;

    public IReadOnlyList<MatchedFact> Facts => firing.Facts;

    public void Halt() => session.Halt();

    public void Insert(object fact) => session.InsertFact(fact, _cause);

    public bool TryInsert(object fact) => session.TryInsertFact(fact, _cause);

    public void InsertAll(IEnumerable<object> facts)
    {
        foreach (var fact in facts)
        {
            session.InsertFact(fact, _cause);
        }
    }

    public void Update(object fact) => session.UpdateFact(session.HandleOf(fact), _cause);

    public void Retract(object fact) => session.RetractFact(session.HandleOf(fact), _cause);

    public void InsertLinked(object key, object fact) => session.InsertLinked(activation, key, fact, _cause);

    public void UpdateLinked(object key, object fact) => session.UpdateLinked(activation, key, fact, _cause);

    public void RetractLinked(object key) => session.RetractFact(LinkedHandle(key), _cause);

    public object? GetLinked(object key) => activation.Linked(key)?.Fact;

    internal void Yield(object? fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (activation.Linked(YieldKey.Instance) is not null)
        {
            UpdateLinked(YieldKey.Instance, fact);
        }
        else
        {
            InsertLinked(YieldKey.Instance, fact);
        }
    }

    private FactHandle LinkedHandle(object key) =>
        activation.Linked(key)
        ?? throw new InvalidOperationException($"no linked fact under key '{key}'");
}
