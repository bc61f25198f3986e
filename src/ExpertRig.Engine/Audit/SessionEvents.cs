namespace ExpertRig.Engine.Audit;

/// <summary>The events a session raises, named as in NRules' <c>IEventProvider</c>.</summary>
public sealed class SessionEvents
{
    /// <summary>A fact entered working memory.</summary>
    public event EventHandler<WorkingMemoryEventArgs>? FactInsertedEvent;

    /// <summary>A fact in working memory was updated.</summary>
    public event EventHandler<WorkingMemoryEventArgs>? FactUpdatedEvent;

    /// <summary>A fact left working memory.</summary>
    public event EventHandler<WorkingMemoryEventArgs>? FactRetractedEvent;

    /// <summary>A rule matched a new tuple of facts.</summary>
    public event EventHandler<AgendaEventArgs>? ActivationCreatedEvent;

    /// <summary>An activation was put back on the agenda because a fact it matched changed.</summary>
    public event EventHandler<AgendaEventArgs>? ActivationUpdatedEvent;

    /// <summary>An activation's match went away.</summary>
    public event EventHandler<AgendaEventArgs>? ActivationDeletedEvent;

    /// <summary>A rule is about to run its actions.</summary>
    public event EventHandler<AgendaEventArgs>? RuleFiringEvent;

    /// <summary>A rule ran its actions.</summary>
    public event EventHandler<AgendaEventArgs>? RuleFiredEvent;

    internal bool HasAgendaListeners =>
        ActivationCreatedEvent is not null || ActivationUpdatedEvent is not null || ActivationDeletedEvent is not null;

    internal void FactInserted(object sender, object fact, FactCause cause) =>
        FactInsertedEvent?.Invoke(sender, new WorkingMemoryEventArgs(fact, cause));

    internal void FactUpdated(object sender, object fact, FactCause cause) =>
        FactUpdatedEvent?.Invoke(sender, new WorkingMemoryEventArgs(fact, cause));

    internal void FactRetracted(object sender, object fact, FactCause cause) =>
        FactRetractedEvent?.Invoke(sender, new WorkingMemoryEventArgs(fact, cause));

    internal void ActivationCreated(object sender, RuleMetadata rule, Func<IReadOnlyList<MatchedFact>> facts) =>
        ActivationCreatedEvent?.Invoke(sender, new AgendaEventArgs(rule, facts()));

    internal void ActivationUpdated(object sender, RuleMetadata rule, Func<IReadOnlyList<MatchedFact>> facts) =>
        ActivationUpdatedEvent?.Invoke(sender, new AgendaEventArgs(rule, facts()));

    internal void ActivationDeleted(object sender, RuleMetadata rule, Func<IReadOnlyList<MatchedFact>> facts) =>
        ActivationDeletedEvent?.Invoke(sender, new AgendaEventArgs(rule, facts()));

    // The firing's facts are read only when someone listens.
    internal void RuleFiring(object sender, FiringRecord firing) =>
        RuleFiringEvent?.Invoke(sender, new AgendaEventArgs(firing.Rule, firing.Facts));

    internal void RuleFired(object sender, FiringRecord firing) =>
        RuleFiredEvent?.Invoke(sender, new AgendaEventArgs(firing.Rule, firing.Facts));
}
