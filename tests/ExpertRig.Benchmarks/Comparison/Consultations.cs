using System.Reflection;

namespace ExpertRig.Benchmarks.Comparison;

/// <summary>One synthetic consultation (builds and three needs in, fire to quiescence) on either engine.</summary>
internal static class Consultations
{
    public const int Needs = 3;

    public static object[] Facts(int builds) =>
    [
        .. Enumerable.Range(0, Needs).Select(i => (object)new SynNeed(i)),
        .. Enumerable.Range(0, builds).Select(i => (object)new SynBuild(i, i % 3, 1000 + (i * 37 % 5000))),
    ];

    public static Engine.ISessionFactory Ours() =>
        new Engine.RuleRepository().Load(Assembly.GetExecutingAssembly(), t => t.Namespace == typeof(Ours.SynRule001).Namespace).Compile();

    public static NRules.ISessionFactory Theirs()
    {
        var repository = new NRules.Fluent.RuleRepository();
        repository.Load(x => x.From(Assembly.GetExecutingAssembly())
            .Where(r => r.RuleType.Namespace == typeof(Theirs.SynRule001).Namespace));
        return NRules.RuleRepositoryExtensions.Compile(repository);
    }

    public static int Run(Engine.ISessionFactory factory, object[] facts)
    {
        var session = factory.CreateSession();
        session.InsertAll(facts);
        session.Fire();
        return session.Query<SynRanking>().Count + session.Query<SynFeasible>().Count;
    }

    public static int Run(NRules.ISessionFactory factory, object[] facts)
    {
        var session = factory.CreateSession();
        session.InsertAll(facts);
        session.Fire();
        return session.Query<SynRanking>().Count() + session.Query<SynFeasible>().Count();
    }
}
