using ExpertRig.Engine.Audit;
using ExpertRig.Engine.Compilation;

using ExpertRig.Engine.Runtime;

namespace ExpertRig.Engine.Tests.Legacy;

/// <summary>
/// A forward-chaining session. Changes to working memory mark the rules that read the changed type as dirty; before
/// anything is observed, dirty rules are re-matched and their activations created, refreshed or deleted (deleting one
/// retracts its linked facts, transitively), so every public read sees a consistent agenda. Between firings only the
/// dirty rules whose priority could put an activation at or above the top of the agenda are re-matched: a
/// lower-priority rule cannot fire first, so it is re-matched once, when the agenda reaches its priority.
/// </summary>
internal sealed class LegacySession : ISession
{
    private const int DefaultFiringLimit = 10_000;
    private readonly IReadOnlyList<CompiledRule> _rules;
    private readonly Dictionary<Type, CompiledRule[]> _rulesByFactType = [];
    private readonly Dictionary<TupleKey, Activation>[] _activations;
    private readonly WorkingMemory _memory = new();
    private readonly LegacyMatcher _matcher;
    private readonly LegacyAgenda _agenda = new();
    private readonly SortedSet<CompiledRule> _dirty = new(Comparer<CompiledRule>.Create(
        (a, b) => a.Metadata.Priority != b.Metadata.Priority ? b.Metadata.Priority.CompareTo(a.Metadata.Priority) : a.Index.CompareTo(b.Index)));
    private readonly List<FiringRecord> _journal = [];
    private readonly Dictionary<object, FactCause> _provenance = new(ReferenceEqualityComparer.Instance);
    private bool _halted;

    public LegacySession(IReadOnlyList<CompiledRule> rules)
    {
        _rules = rules;
        _activations = [.. rules.Select(_ => new Dictionary<TupleKey, Activation>())];
        _matcher = new LegacyMatcher(_memory);

        // Rules made only of Not/Collect patterns match an empty working memory.
        _dirty.UnionWith(rules);
    }

    public SessionEvents Events { get; } = new();

    public int FiringLimit { get; set; } = DefaultFiringLimit;

    public IReadOnlyList<FiringRecord> Journal => _journal;

    public IReadOnlyList<AgendaEntry> Agenda
    {
        get
        {
            Propagate();
            return [.. _agenda.InOrder.Select(a => new AgendaEntry(a.Rule.Metadata, a.MatchedFacts()))];
        }
    }

    public void Insert(object fact) => InsertFact(fact, FactCause.Caller);

    public bool TryInsert(object fact) => TryInsertFact(fact, FactCause.Caller);

    public void InsertAll(IEnumerable<object> facts)
    {
        foreach (var fact in facts)
        {
            InsertFact(fact, FactCause.Caller);
        }
    }

    public void Update(object fact) => UpdateFact(HandleOf(fact), FactCause.Caller);

    public void Retract(object fact) => RetractFact(HandleOf(fact), FactCause.Caller);

    public IReadOnlyList<T> Query<T>()
    {
        Propagate();
        return [.. _memory.OfType(typeof(T)).Select(h => (T)h.Fact)];
    }

    public int Fire() => Fire(int.MaxValue);

    public int Fire(int maxRules)
    {
        _halted = false;
        var fired = 0;
        Propagate();
        while (fired < maxRules && !_halted && _agenda.Count > 0)
        {
            if (fired == FiringLimit)
            {
                throw new RuleFiringLimitException(
                    FiringLimit, [.. _journal.TakeLast(10).Select(r => r.Rule.Name)]);
            }

            FireActivation(_agenda.Pop()!);
            fired++;
            PropagateAboveAgendaTop();
        }

        Propagate();
        return fired;
    }

    public Derivation Why(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        Propagate();
        if (_memory.Find(fact) is null)
        {
            throw new ArgumentException($"not in working memory: {FactText.Of(fact)}", nameof(fact));
        }

        return new Explainer(_provenance).Why(fact);
    }

    public WhyNotReport WhyNot(string ruleName)
    {
        Propagate();
        var rule = _rules.FirstOrDefault(r => r.Metadata.Name == ruleName)
            ?? throw new ArgumentException($"no rule named '{ruleName}'", nameof(ruleName));
        var fired = _journal.Any(r => r.Rule == rule.Metadata);
        var matches = _activations[rule.Index].Values.OrderBy(a => a.Sequence).Select(a => a.MatchedFacts()).ToList();
        return new Explainer(_provenance).WhyNot(rule, fired, matches, _memory);
    }

    internal void Halt() => _halted = true;

    internal FactHandle HandleOf(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return _memory.Find(fact) ?? throw new InvalidOperationException($"not in working memory: {FactText.Of(fact)}");
    }

    internal FactHandle InsertFact(object fact, FactCause cause)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (_memory.Find(fact) is not null)
        {
            throw new InvalidOperationException($"already in working memory: {FactText.Of(fact)}");
        }

        var handle = _memory.Add(fact, cause);
        Changed(fact, cause, CauseEffect.Inserted);
        Events.FactInserted(this, fact, cause);
        return handle;
    }

    internal bool TryInsertFact(object fact, FactCause cause)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (_memory.Find(fact) is not null)
        {
            return false;
        }

        InsertFact(fact, cause);
        return true;
    }

    internal void UpdateFact(FactHandle handle, FactCause cause)
    {
        handle.Version++;
        handle.Cause = cause;
        Changed(handle.Fact, cause, CauseEffect.Updated);
        Events.FactUpdated(this, handle.Fact, cause);
    }

    internal void RetractFact(FactHandle handle, FactCause cause)
    {
        _memory.Remove(handle);
        if (handle.Source is { } source)
        {
            source.Linked.Remove(handle.LinkKey!);
        }

        MarkDirty(handle.Fact.GetType());
        cause.Firing?.Record(CauseEffect.Retracted, handle.Fact);
        Events.FactRetracted(this, handle.Fact, cause);
    }

    internal void InsertLinked(Activation activation, object key, object fact, FactCause cause)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (activation.Linked.ContainsKey(key))
        {
            throw new InvalidOperationException($"a linked fact already exists under key '{key}'");
        }

        var handle = InsertFact(fact, cause);
        handle.Source = activation;
        handle.LinkKey = key;
        activation.Linked[key] = handle;
    }

    internal void UpdateLinked(Activation activation, object key, object fact, FactCause cause)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var handle = activation.Linked.GetValueOrDefault(key)
            ?? throw new InvalidOperationException($"no linked fact under key '{key}'");
        if (!ReferenceEquals(handle.Fact, fact))
        {
            if (_memory.Find(fact) is not null)
            {
                throw new InvalidOperationException($"already in working memory: {FactText.Of(fact)}");
            }

            MarkDirty(handle.Fact.GetType());
            _memory.Replace(handle, fact);
        }

        UpdateFact(handle, cause);
    }

    private void Changed(object fact, FactCause cause, CauseEffect effect)
    {
        _provenance[fact] = cause;
        MarkDirty(fact.GetType());
        cause.Firing?.Record(effect, fact);
    }

    private void MarkDirty(Type factType)
    {
        if (!_rulesByFactType.TryGetValue(factType, out var affected))
        {
            _rulesByFactType[factType] = affected = [.. _rules.Where(r => r.IsAffectedBy(factType))];
        }

        _dirty.UnionWith(affected);
    }

    private void Propagate()
    {
        while (_dirty.Count > 0)
        {
            var rule = _dirty.Min!;
            _dirty.Remove(rule);
            Rematch(rule);
        }
    }

    /// <summary>Re-matches the dirty rules that could fire before (or delete) the agenda's top activation.</summary>
    private void PropagateAboveAgendaTop()
    {
        while (_dirty.Count > 0)
        {
            var rule = _dirty.Min!;
            if (_agenda.Peek() is { } top && rule.Metadata.Priority < top.Rule.Metadata.Priority)
            {
                return;
            }

            _dirty.Remove(rule);
            Rematch(rule);
        }
    }

    private void Rematch(CompiledRule rule)
    {
        var activations = _activations[rule.Index];
        var matches = _matcher.Match(rule);
        if (matches.Count == 0 && activations.Count == 0)
        {
            return;
        }

        var current = new HashSet<TupleKey>();
        foreach (var match in matches)
        {
            current.Add(match.Key);
            if (activations.TryGetValue(match.Key, out var activation))
            {
                Refresh(activation, match);
            }
            else
            {
                activation = new Activation(rule, match.Key, match.Tuple, match.Signature);
                activations.Add(match.Key, activation);
                _agenda.Add(activation);
                if (Events.HasAgendaListeners)
                {
                    Events.ActivationCreated(this, rule.Metadata, activation.MatchedFacts);
                }
            }
        }

        foreach (var gone in activations.Values.Where(a => !current.Contains(a.Key)).OrderBy(a => a.Sequence).ToList())
        {
            Delete(gone);
        }
    }

    private void Refresh(Activation activation, RuleMatch match)
    {
        activation.Tuple = match.Tuple;
        if (activation.Signature.AsSpan().SequenceEqual(match.Signature))
        {
            return;
        }

        activation.Signature = match.Signature;
        var refire = !activation.IsPending
            && activation.Rule.Metadata.Repeatability == Dsl.RuleRepeatability.Repeatable
            && activation.FiredSignature is not null
            && !activation.FiredSignature.AsSpan().SequenceEqual(match.Signature);
        if (refire)
        {
            _agenda.Add(activation);
            if (Events.HasAgendaListeners)
            {
                Events.ActivationUpdated(this, activation.Rule.Metadata, activation.MatchedFacts);
            }
        }
    }

    private void Delete(Activation activation)
    {
        _activations[activation.Rule.Index].Remove(activation.Key);
        _agenda.Remove(activation);
        if (Events.HasAgendaListeners)
        {
            Events.ActivationDeleted(this, activation.Rule.Metadata, activation.MatchedFacts);
        }

        var cause = new FactCause(CauseKind.TruthMaintenance, activation.Rule.Metadata, null);
        foreach (var linked in activation.Linked.Values.OrderBy(h => h.Id).ToList())
        {
            RetractFact(linked, cause);
        }
    }

    private void FireActivation(Activation activation)
    {
        var rule = activation.Rule;
        var facts = activation.MatchedFacts();
        var record = new FiringRecord(_journal.Count + 1, rule.Metadata, facts,
            [.. rule.Elements.Where(e => e.Slot >= 0).Select(e => e.Kind == ElementKind.Collect)]);
        _journal.Add(record);
        activation.FiredSignature = activation.Signature;
        Events.RuleFiring(this, rule.Metadata, facts);
        var context = new LegacyActionContext(this, activation, record);
        foreach (var action in rule.Actions)
        {
            try
            {
                var result = action.Run.Current(context, activation.Tuple);
                if (action.Kind == ActionKind.Yield)
                {
                    context.Yield(result);
                }
            }
            catch (Exception ex) when (ex is not RuleEvaluationException and not RuleFiringLimitException)
            {
                throw new RuleEvaluationException(
                    rule.Metadata.Name, $"action {action.Text}", [.. facts.Select(f => f.Value)], ex);
            }
        }

        Events.RuleFired(this, rule.Metadata, facts);
    }
}
