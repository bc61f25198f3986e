using ExpertRig.Domain.Facts;
using ExpertRig.Engine;

namespace ExpertRig.Rules.Tests.Support;

/// <summary>
/// A session holding only the rules under test (plus any supporting rules named), with the real catalog inserted,
/// so a fixture can arrange facts, fire, and assert which findings the rule produced.
/// </summary>
internal sealed class RuleTestSession
{
    private readonly ISession _session;

    private RuleTestSession(params Type[] rules)
    {
        _session = new RuleRepository().Load(rules).Compile().CreateSession();
        _session.Insert(TestKnowledge.Instance);
    }

    public ISession Session => _session;

    public static RuleTestSession For<TRule>(params Type[] supportingRules) =>
        new([typeof(TRule), .. supportingRules]);

    public RuleTestSession With(params object[] facts)
    {
        _session.InsertAll(facts);
        return this;
    }

    public RuleTestSession Fire()
    {
        _session.Fire();
        return this;
    }

    public IReadOnlyList<Finding> Findings => _session.Query<Finding>();

    public IReadOnlyList<Finding> FindingsOf(FindingKind kind) => [.. Findings.Where(f => f.Kind == kind)];

    public IReadOnlyList<string> FiredRules => [.. _session.Journal.Select(r => r.Rule.Name)];

    public IReadOnlyList<T> Query<T>() => _session.Query<T>();
}
