using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Builds.Composition;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine;

namespace ExpertRig.Advisor;

/// <summary>One run of the rule base over a profile: the session with every fact, and typed views of the conclusions.</summary>
/// <param name="profile">The profile, defaults made explicit.</param>
/// <param name="session">The fired session.</param>
/// <param name="rules">The rule base's rules in load order: findings are listed by their rule's priority, then this order.</param>
public sealed class Consultation(Profile profile, ISession session, IReadOnlyList<RuleMetadata> rules)
{
    // Each rule's priority and place, made once per rule list (a factory's list never changes; a consultation only reads it).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<RuleMetadata>, Dictionary<string, (int Priority, int Order)>> RuleOrders = [];

    private readonly Dictionary<string, (int Priority, int Order)> _ruleOrder = RuleOrders.GetValue(rules, static r =>
        r.Select((rule, i) => (rule.Name, Key: (rule.Priority, i))).ToDictionary(p => p.Name, p => p.Key, StringComparer.Ordinal));

    private readonly Dictionary<Type, object> _queries = [];
    private FindingsIndex? _findings;
    private Dictionary<Build, List<WorkloadPrediction>>? _predictions;
    private bool _watching;

    /// <summary>The profile, defaults made explicit.</summary>
    public Profile Profile { get; } = profile;

    /// <summary>The session, for the audit trail (journal, Why, WhyNot).</summary>
    public ISession Session { get; } = session;

    /// <summary>Every configured build, in configuration order.</summary>
    public IReadOnlyList<Build> Builds => Query<Build>();

    /// <summary>The ranked feasible builds (empty when nothing is feasible).</summary>
    public IReadOnlyList<RankedBuild> Ranked => Session.Query<Ranking>().SingleOrDefault()?.Builds ?? [];

    /// <summary>Builds that a hard constraint rejected.</summary>
    public IReadOnlyList<Build> Rejected
    {
        get
        {
            var feasible = Query<FeasibleBuild>().Select(f => f.Build).ToHashSet(ReferenceEqualityComparer.Instance);
            return [.. Builds.Where(b => !feasible.Contains(b))];
        }
    }

    /// <summary>The accelerator options the composer left out, each with its reason.</summary>
    public IReadOnlyList<PrunedOption> Pruned => Query<PrunedOption>();

    /// <summary>
    /// Every finding, by a key of the knowledge base rather than of the firing order: the concluding rule's priority
    /// (highest first), then the rule's place in the rule base, then (one rule's findings) the order it concluded them.
    /// </summary>
    public IReadOnlyList<Finding> Findings => [.. FindingIndex().Ordered];

    /// <summary>The findings about one build (or, with null, about no particular build).</summary>
    public IReadOnlyList<Finding> FindingsFor(Build? build)
    {
        var index = FindingIndex();
        var about = build is null ? index.General : index.ByBuild.GetValueOrDefault(build);
        return about is null ? [] : [.. about];
    }

    /// <summary>The predictions of one build, main workload first.</summary>
    public IReadOnlyList<WorkloadPrediction> PredictionsFor(Build build)
    {
        var byBuild = _predictions ??= ByBuild(Query<WorkloadPrediction>(), p => p.Build);
        return byBuild.TryGetValue(build, out var predictions) ? [.. predictions.OrderBy(p => p.Need.Index)] : [];
    }

    /// <summary>The power budget of one build.</summary>
    public PowerBudget? PowerFor(Build build) =>
        Query<PowerBudget>().FirstOrDefault(p => ReferenceEquals(p.Build, build));

    /// <summary>The software chosen for one build.</summary>
    public SoftwareChoice? SoftwareFor(Build build) =>
        Query<SoftwareChoice>().FirstOrDefault(s => ReferenceEquals(s.Build, build));

    /// <summary>Rule names in the rule base's order: priority (highest first), then load order; unknown names last.</summary>
    public IComparer<string> RuleOrder => Comparer<string>.Create((a, b) => RuleKey(b).Priority.CompareTo(RuleKey(a).Priority) is var order and not 0
        ? order
        : RuleKey(a).Order.CompareTo(RuleKey(b).Order));

    // A finding named after no rule of the base (made by hand in a test) sorts last.
    private (int Priority, int Order) RuleKey(string rule) => _ruleOrder.GetValueOrDefault(rule, (int.MinValue, int.MaxValue));

    /// <summary>The names of the rules that fired, in firing order, each once.</summary>
    public IReadOnlyList<string> FiredRules => [.. Session.Journal.Select(r => r.Rule.Name).Distinct()];

    // The session's facts of one type, queried once for as long as working memory does not change: a report asks for
    // one build's findings, predictions and choices dozens of times, and every Session.Query walks working memory and
    // copies what it finds (it was ~10% of a cold native recommend). Any insert, update or retraction forgets them all.
    private IReadOnlyList<T> Query<T>()
    {
        if (!_watching)
        {
            Session.Events.FactInsertedEvent += (_, _) => Forget();
            Session.Events.FactUpdatedEvent += (_, _) => Forget();
            Session.Events.FactRetractedEvent += (_, _) => Forget();
            _watching = true;
        }

        if (_queries.TryGetValue(typeof(T), out var known))
        {
            return (IReadOnlyList<T>)known;
        }

        var facts = Session.Query<T>();
        _queries[typeof(T)] = facts;
        return facts;
    }

    private void Forget()
    {
        _queries.Clear();
        _findings = null;
        _predictions = null;
    }

    // The findings in order and by build, sorted once for as long as the session holds the same findings.
    private FindingsIndex FindingIndex()
    {
        if (_findings is { } known)
        {
            return known;
        }

        var facts = Query<Finding>();
        var ordered = facts.Select((f, i) => (Finding: f, Index: i))
            .OrderByDescending(p => RuleKey(p.Finding.Rule).Priority)
            .ThenBy(p => RuleKey(p.Finding.Rule).Order)
            .ThenBy(p => p.Index)
            .Select(p => p.Finding)
            .ToList();
        return _findings = new FindingsIndex(ordered, ByBuild(ordered, f => f.Build), [.. ordered.Where(f => f.Build is null)]);
    }

    // Facts grouped by the build they are about (by reference), each group in the order given; facts about no build are left out.
    private static Dictionary<Build, List<T>> ByBuild<T>(IEnumerable<T> facts, Func<T, Build?> about)
    {
        var byBuild = new Dictionary<Build, List<T>>(ReferenceEqualityComparer.Instance);
        foreach (var fact in facts)
        {
            if (about(fact) is not { } build)
            {
                continue;
            }

            if (byBuild.TryGetValue(build, out var those))
            {
                those.Add(fact);
            }
            else
            {
                byBuild[build] = [fact];
            }
        }

        return byBuild;
    }

    private sealed record FindingsIndex(List<Finding> Ordered, Dictionary<Build, List<Finding>> ByBuild, List<Finding> General);
}
