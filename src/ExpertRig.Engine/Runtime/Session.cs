using ExpertRig.Engine.Audit;
using ExpertRig.Engine.Compilation;

namespace ExpertRig.Engine.Runtime;

/// <summary>
/// A forward-chaining session. Every change to working memory is propagated at once: the matcher runs the fact
/// through its alpha nodes and names the regions of rules it touched, and each region is re-matched with the fact
/// pinned and diffed against its activations, which are created, refreshed or deleted. Deleting one retracts its
/// linked facts in the same step, transitively, before anything else fires or is observed.
/// A rule alone at its priority, below the agenda's top, whose activations hold no linked facts is matched lazily:
/// its touched regions wait until the agenda comes down to its priority (or the agenda or its matches are read), and
/// are then re-matched at once, a whole-rule region standing for all of them. Nothing it could do is visible before
/// then: it cannot fire, and it has no linked facts to retract. Its activations are queued then, so they count as
/// that recent; alone at its priority, that can only order them among themselves by their facts' ids.
/// </summary>
internal sealed class Session : ISession
{
    private const int DefaultFiringLimit = 10_000;
    private readonly IReadOnlyList<CompiledRule> _rules;
    private readonly Dictionary<TupleKey, Activation>[] _activations;
    private readonly WorkingMemory _memory;
    private readonly Matcher _matcher;
    private readonly Agenda _agenda = new();
    private readonly Queue<Region> _pending = new();
    private readonly HashSet<Region> _queued = [];
    private readonly List<Region> _touched = [];

    // Lazy matching: per rule, the regions waiting (in arrival order, once each) and whether a whole-rule one is
    // among them; the rules with regions waiting; and per rule, the linked facts its activations hold.
    private readonly List<Region>?[] _deferred;
    private readonly List<Region>?[] _deferredSpare;
    private readonly HashSet<Region> _deferredSeen = [];
    private readonly bool[] _deferredWhole;
    private readonly List<int> _deferredRules = [];
    private readonly int[] _linkedHeld;
    private readonly IReadOnlyList<bool> _aloneAtPriority;

    // Rematch's buffers, reused: a re-match is never re-entered (changes it causes wait in the queue).
    private readonly List<RuleMatch> _matches = [];
    private readonly List<Activation> _affected = [];
    private readonly HashSet<TupleKey> _current = [];
    private readonly List<Activation> _gone = [];
    private static readonly Comparison<Activation> BySequence = (a, b) => a.Sequence.CompareTo(b.Sequence);
    private readonly Network _network;
    private readonly List<FiringRecord> _journal;

    // Provenance: the cause of each fact's last insertion or update. A fact in working memory carries it on its
    // handle; this table keeps it for the facts that have left (retracted, or replaced by a linked update), which a
    // derivation may still name as premises. Only a departure writes it, so most facts never enter it.
    private readonly Dictionary<object, FactCause> _departed;
    private bool _propagating;
    private bool _halted;

    public Session(IReadOnlyList<CompiledRule> rules, Network network)
    {
        _rules = rules;
        _network = network;
        // Containers made for the sizes the last session of these rules reached (capacities only: see SessionShape).
        var shape = network.Shape;
        _memory = new WorkingMemory(shape.Facts);
        _departed = new Dictionary<object, FactCause>(shape.Departed, ReferenceEqualityComparer.Instance);
        _journal = new List<FiringRecord>(shape.Firings);
        _activations = new Dictionary<TupleKey, Activation>[rules.Count];
        for (var i = 0; i < _activations.Length; i++)
        {
            _activations[i] = new Dictionary<TupleKey, Activation>(shape.Activations(i));
        }

        _matcher = new Matcher(network, _memory);
        _deferred = new List<Region>?[rules.Count];
        _deferredSpare = new List<Region>?[rules.Count];
        _deferredWhole = new bool[rules.Count];
        _linkedHeld = new int[rules.Count];
        _aloneAtPriority = network.AloneAtPriority;

        // Rules made only of Not/Collect patterns match an empty working memory.
        foreach (var rule in network.MatchEmptyMemory)
        {
            Enqueue(new Region(rule, -1, null));
        }

        Propagate();
    }

    public SessionEvents Events { get; } = new();

    public int FiringLimit { get; set; } = DefaultFiringLimit;

    public IReadOnlyList<FiringRecord> Journal => _journal;

    public IReadOnlyList<AgendaEntry> Agenda
    {
        get
        {
            FlushDeferred(all: true);
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
        // One array of the right size, filled by index: no iterator, no list growing.
        var handles = _memory.OfType(typeof(T));
        var facts = new T[handles.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = (T)handles[i].Fact;
        }

        return facts;
    }

    public int Fire() => Fire(int.MaxValue);

    public int Fire(int maxRules)
    {
        _halted = false;
        var fired = 0;
        while (fired < maxRules && !_halted && FlushDeferred(all: false) > 0)
        {
            if (fired == FiringLimit)
            {
                throw new RuleFiringLimitException(
                    FiringLimit, [.. _journal.TakeLast(10).Select(r => r.Rule.Name)]);
            }

            FireActivation(_agenda.Pop()!);
            fired++;
        }

        RecordShape();
        return fired;
    }

    public Derivation Why(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (_memory.Find(fact) is null)
        {
            throw new ArgumentException($"not in working memory: {FactText.Of(fact)}", nameof(fact));
        }

        return new Explainer(CauseOf).Why(fact);
    }

    public WhyNotReport WhyNot(string ruleName)
    {
        var rule = _rules.FirstOrDefault(r => r.Metadata.Name == ruleName)
            ?? throw new ArgumentException($"no rule named '{ruleName}'", nameof(ruleName));
        FlushDeferred(all: true);
        var fired = _journal.Any(r => r.Rule == rule.Metadata);
        var matches = _activations[rule.Index].Values.OrderBy(a => a.Sequence).Select(a => a.MatchedFacts()).ToList();
        return new Explainer(CauseOf).WhyNot(rule, fired, matches, _memory);
    }

    internal void Halt() => _halted = true;

    /// <summary>
    /// The cause of the fact's last insertion or update, or null when the session never changed it: a fact in working
    /// memory has it on its handle (every insertion and update writes it there), one that has left kept it on leaving.
    /// </summary>
    internal FactCause? CauseOf(object fact) => _memory.Find(fact)?.Cause ?? _departed.GetValueOrDefault(fact);

    // The sizes this session reached, for the next session of these rules to make its containers with.
    private void RecordShape()
    {
        var shape = _network.Shape;
        shape.RecordSession(_memory.Count, _departed.Count, _journal.Count);
        for (var i = 0; i < _activations.Length; i++)
        {
            shape.RecordActivations(i, _activations[i].Count);
        }

        _matcher.RecordShape();
    }

    /// <summary>Per rule, the matcher's kept count of empty Match/Exists memories, and the same counted afresh (for tests).</summary>
    internal (IReadOnlyList<int> Kept, int[] Recounted) EmptyPatternCounts() => (_matcher.EmptyPatterns, _matcher.RecountEmptyPatterns());

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
        _matcher.Assert(handle, _touched);
        Propagate();
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

    internal void UpdateFact(FactHandle handle, FactCause cause) => UpdateFact(handle, cause, handle.Fact.GetType());

    internal void RetractFact(FactHandle handle, FactCause cause)
    {
        _departed[handle.Fact] = handle.Cause;
        _memory.Remove(handle);
        if (handle.Source is { } source)
        {
            source.Unlink(handle.LinkKey!);
            _linkedHeld[source.Rule.Index]--;
        }

        cause.Firing?.Record(CauseEffect.Retracted, handle.Fact);
        Events.FactRetracted(this, handle.Fact, cause);
        _matcher.Retract(handle, _touched);
        Propagate();
    }

    internal void InsertLinked(Activation activation, object key, object fact, FactCause cause)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (activation.Linked(key) is not null)
        {
            throw new InvalidOperationException($"a linked fact already exists under key '{key}'");
        }

        var handle = InsertFact(fact, cause);
        handle.Source = activation;
        handle.LinkKey = key;
        activation.Link(key, handle);
        if (_linkedHeld[activation.Rule.Index]++ == 0 && _deferred[activation.Rule.Index] is { Count: > 0 })
        {
            // Its first linked fact: a region that waited may take this activation's match away, which must
            // retract the fact now (its own action may have changed what it matched before linking).
            RematchWaitingNow(activation.Rule.Index);
        }
    }

    internal void UpdateLinked(Activation activation, object key, object fact, FactCause cause)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var handle = activation.Linked(key)
            ?? throw new InvalidOperationException($"no linked fact under key '{key}'");
        if (!ReferenceEquals(handle.Fact, fact))
        {
            if (_memory.Find(fact) is not null)
            {
                throw new InvalidOperationException($"already in working memory: {FactText.Of(fact)}");
            }

            var previousType = handle.Fact.GetType();
            _departed[handle.Fact] = handle.Cause;
            _memory.Replace(handle, fact);
            UpdateFact(handle, cause, previousType);
            return;
        }

        UpdateFact(handle, cause);
    }

    private void UpdateFact(FactHandle handle, FactCause cause, Type previousType)
    {
        handle.Version++;
        handle.Cause = cause;
        Changed(handle.Fact, cause, CauseEffect.Updated);
        Events.FactUpdated(this, handle.Fact, cause);
        _matcher.Modify(handle, previousType, _touched);
        Propagate();
    }

    // (The handle took the cause: see CauseOf.)
    private static void Changed(object fact, FactCause cause, CauseEffect effect) => cause.Firing?.Record(effect, fact);

    private void Enqueue(Region region)
    {
        if (_queued.Add(region))
        {
            _pending.Enqueue(region);
        }
    }

    /// <summary>
    /// A region whose re-match would find nothing and take nothing away is not queued: no activation of the rule binds
    /// its fact in its slot (or, for a whole-rule region, the rule has none), and a Match or Exists pattern lacks a
    /// partner (<see cref="Matcher.LacksPartner"/>). The answer holds until the region would be re-matched, since
    /// propagation only ever retracts (linked facts), and a retraction adds no partner; an insertion or update after
    /// it touches regions of its own. Rules that can wait are left out: their regions are matched later, when working
    /// memory may have grown, and the order their regions wait in decides the order their activations are made.
    /// </summary>
    private bool IsNoOp(Region region)
    {
        if (_aloneAtPriority[region.Rule])
        {
            return false;
        }

        // The partner test first: most regions have partners, and it reads no activation lists.
        return _matcher.LacksPartner(_rules[region.Rule], region.Slot, region.Handle)
            && (region.IsWholeRule ? _activations[region.Rule].Count == 0 : !Binds(region));
    }

    // Whether an activation of the region's rule binds its fact in its slot.
    private static bool Binds(Region region)
    {
        if (region.Handle!.Holding is { } holding)
        {
            foreach (var activation in holding)
            {
                if (activation.Rule.Index == region.Rule && ReferenceEquals(activation.Handles[region.Slot], region.Handle))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Re-matches every touched region until none is left (re-entrant calls return at once).</summary>
    private void Propagate()
    {
        foreach (var region in _touched)
        {
            if (!IsNoOp(region))
            {
                Enqueue(region);
            }
        }

        _touched.Clear();
        if (_propagating)
        {
            return;
        }

        _propagating = true;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            Drain();
        }
        finally
        {
            _propagating = false;
            EngineCounters.CountMatchTicks(System.Diagnostics.Stopwatch.GetTimestamp() - started);
        }
    }

    private void Drain()
    {
        while (_pending.TryDequeue(out var region))
        {
            _queued.Remove(region);
            Route(region);
        }
    }

    // A region of a rule that can wait is kept for later; one of a rule that has regions waiting joins them, and
    // they are all re-matched now when it can wait no longer (so regions are always matched in arrival order).
    private void Route(Region region)
    {
        var rule = _rules[region.Rule];
        var waiting = _deferred[rule.Index] is { Count: > 0 };
        if (!waiting && !CanWait(rule))
        {
            Rematch(region);
            return;
        }

        Defer(region);
        if (!CanWait(rule))
        {
            RematchDeferred(rule.Index);
        }
    }

    // Nothing a rule's matches decide is visible before the agenda comes down to its priority, unless its
    // activations hold linked facts (a lost match retracts them at once) or someone listens to agenda events. Only a
    // rule alone at its priority waits: its activations are queued when it is matched, so they count as that recent,
    // and that must not move them among other rules' activations of the same priority.
    private bool CanWait(CompiledRule rule) =>
        _aloneAtPriority[rule.Index] && _linkedHeld[rule.Index] == 0 && !Events.HasAgendaListeners
        && _agenda.TopPriority > rule.Metadata.Priority;

    private void Defer(Region region)
    {
        var waiting = _deferred[region.Rule] ??= [];
        if (waiting.Count == 0)
        {
            _deferredRules.Add(region.Rule);
        }

        if (region.IsWholeRule)
        {
            _deferredWhole[region.Rule] = true;
        }

        if (!_deferredWhole[region.Rule] || region.IsWholeRule)
        {
            waiting.Add(region);
        }
    }

    private void RematchDeferred(int rule)
    {
        // The waiting list is taken out (an empty spare takes its place) and re-matched once each, in arrival order.
        var waiting = _deferred[rule]!;
        _deferred[rule] = _deferredSpare[rule] ?? [];
        _deferredSpare[rule] = null;
        var whole = _deferredWhole[rule];
        _deferredWhole[rule] = false;
        _deferredRules.Remove(rule);
        if (whole)
        {
            Rematch(new Region(rule, -1, null));
        }
        else
        {
            KeepFirstOfEach(waiting);
            foreach (var region in waiting)
            {
                Rematch(region);
            }
        }

        waiting.Clear();
        _deferredSpare[rule] = waiting;
    }

    // Leaves the first of each equal region, in order (what Distinct gives), before any of them is re-matched.
    private void KeepFirstOfEach(List<Region> regions)
    {
        var seen = _deferredSeen;
        seen.Clear();
        var kept = 0;
        for (var i = 0; i < regions.Count; i++)
        {
            if (seen.Add(regions[i]))
            {
                regions[kept++] = regions[i];
            }
        }

        regions.RemoveRange(kept, regions.Count - kept);
    }

    /// <summary>
    /// Re-matches the waiting regions of every rule (<paramref name="all"/>) or of those at or above the agenda's
    /// top, the highest priority first (then the rule loaded first), until none is left there; returns the
    /// activations then pending.
    /// </summary>
    private int FlushDeferred(bool all)
    {
        while (_deferredRules.Count > 0)
        {
            var next = -1;
            foreach (var rule in _deferredRules)
            {
                var at = _rules[rule].Metadata.Priority;
                if ((all || at >= _agenda.TopPriority)
                    && (next < 0 || at > _rules[next].Metadata.Priority || (at == _rules[next].Metadata.Priority && rule < next)))
                {
                    next = rule;
                }
            }

            if (next < 0)
            {
                break;
            }

            RematchWaitingNow(next);
        }

        return _agenda.Count;
    }

    // A rule's waiting regions, re-matched now, and what that changes propagated.
    private void RematchWaitingNow(int rule)
    {
        var nested = _propagating;
        _propagating = true;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            RematchDeferred(rule);
            if (!nested)
            {
                Drain();
            }
        }
        finally
        {
            _propagating = nested;
            if (!nested)
            {
                EngineCounters.CountMatchTicks(System.Diagnostics.Stopwatch.GetTimestamp() - started);
            }
        }
    }

    private void Rematch(Region region)
    {
        EngineCounters.CountRematch();
        var rule = _rules[region.Rule];
        var activations = _activations[rule.Index];
        var matches = _matcher.Match(rule, region.Slot, region.Handle, activations, _matches);
        var affected = _affected;
        affected.Clear();
        if (region.IsWholeRule)
        {
            affected.AddRange(activations.Values);
        }
        else
        {
            var handle = region.Handle!;
            if (handle.Holding is { } holding)
            {
                foreach (var activation in holding)
                {
                    if (ReferenceEquals(activation.Rule, rule) && ReferenceEquals(activation.Handles[region.Slot], handle))
                    {
                        affected.Add(activation);
                    }
                }
            }
        }

        if (matches.Count == 0 && affected.Count == 0)
        {
            return;
        }

        HashSet<TupleKey>? current = null;
        if (affected.Count > 0)
        {
            current = _current;
            current.Clear();
        }

        foreach (var match in matches)
        {
            current?.Add(match.Key);
            if (match.Unchanged)
            {
                continue;
            }

            if (activations.TryGetValue(match.Key, out var activation))
            {
                Refresh(activation, match);
            }
            else
            {
                activation = new Activation(rule, match.Key, match.Tuple!, match.Signature);
                activations.Add(match.Key, activation);
                activation.Hold();

                _agenda.Add(activation, _journal.Count);
                if (Events.HasAgendaListeners)
                {
                    Events.ActivationCreated(this, rule.Metadata, activation.MatchedFacts);
                }
            }
        }

        if (current is null)
        {
            return;
        }

        var gone = _gone;
        gone.Clear();
        foreach (var activation in affected)
        {
            if (!current.Contains(activation.Key) && !activation.IsDeleted)
            {
                gone.Add(activation);
            }
        }

        if (gone.Count == 0)
        {
            return;
        }

        gone.Sort(BySequence);
        foreach (var activation in gone)
        {
            if (!activation.IsDeleted)
            {
                Delete(activation);
            }
        }
    }

    private void Refresh(Activation activation, RuleMatch match)
    {
        activation.Tuple = match.Tuple!;
        if (activation.Signature.AsSpan().SequenceEqual(match.Signature))
        {
            return;
        }

        activation.Signature = match.Signature;
        if (activation.FiredSignature is null || activation.Rule.Metadata.Repeatability != Dsl.RuleRepeatability.Repeatable)
        {
            return;
        }

        // Pending again exactly while its facts differ from what it fired on.
        var unchanged = activation.FiredSignature.AsSpan().SequenceEqual(match.Signature);
        if (unchanged)
        {
            _agenda.Remove(activation);
        }
        else if (!activation.IsPending)
        {
            _agenda.Add(activation, _journal.Count);
            if (Events.HasAgendaListeners)
            {
                Events.ActivationUpdated(this, activation.Rule.Metadata, activation.MatchedFacts);
            }
        }
    }

    private void Delete(Activation activation)
    {
        activation.IsDeleted = true;
        _activations[activation.Rule.Index].Remove(activation.Key);
        activation.Release();

        _agenda.Remove(activation);
        if (Events.HasAgendaListeners)
        {
            Events.ActivationDeleted(this, activation.Rule.Metadata, activation.MatchedFacts);
        }

        if (activation.LinkedCount == 0)
        {
            return;
        }

        var cause = new FactCause(CauseKind.TruthMaintenance, activation.Rule.Metadata, null);
        foreach (var linked in activation.LinkedById())
        {
            RetractFact(linked, cause);
        }
    }

    private void FireActivation(Activation activation)
    {
        var rule = activation.Rule;
        var record = new FiringRecord(_journal.Count + 1, rule.Metadata, rule.SlotNames, activation.Tuple, _network.SlotIsCollection[rule.Index]);
        _journal.Add(record);
        activation.FiredSignature = activation.Signature;
        Events.RuleFiring(this, record);
        var context = new ActionContext(this, activation, record);
        var actions = rule.Actions;
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
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
                    rule.Metadata.Name, $"action {action.Text}", [.. record.Facts.Select(f => f.Value)], ex);
            }
        }

        if (activation.IsDeleted && activation.LinkedCount > 0)
        {
            // Its own action took its match away before it linked these facts: they have no support.
            var cause = new FactCause(CauseKind.TruthMaintenance, rule.Metadata, null);
            foreach (var linked in activation.LinkedById())
            {
                RetractFact(linked, cause);
            }
        }

        Events.RuleFired(this, record);
    }
}
