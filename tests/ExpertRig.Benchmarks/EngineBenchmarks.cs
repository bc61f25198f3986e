using BenchmarkDotNet.Attributes;
using ExpertRig.Benchmarks.Rules;
using ExpertRig.Engine;

namespace ExpertRig.Benchmarks;

/// <summary>
/// Start-up and inference cost of the rules engine (issue 2 targets: load and compile 200 rules in at most 200 ms;
/// one Fire over 100 rules and 300 facts to quiescence in at most 5 ms).
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private ISessionFactory _hundredRules = null!;
    private object[] _facts = [];

    [GlobalSetup]
    public void Setup()
    {
        _hundredRules = Repository(100).Compile();
        _facts = Facts();
        Run(_hundredRules, _facts); // compile the delegates once, as a long-lived process would
    }

    /// <summary>Loads and compiles 200 rule classes (conditions compile lazily, on first use).</summary>
    [Benchmark]
    public ISessionFactory LoadAndCompile200Rules() => Repository(200).Compile();

    /// <summary>What a cold CLI run pays: load, compile and evaluate every condition of 200 rules once.</summary>
    [Benchmark]
    public int LoadCompileAndFire200Rules() => Run(Repository(200).Compile(), _facts);

    /// <summary>One Fire over 100 rules and 300 facts, from a new session to quiescence.</summary>
    [Benchmark]
    public int Fire100Rules300Facts() => Run(_hundredRules, _facts);

    internal static RuleRepository Repository(int count) =>
        new RuleRepository().Load(typeof(Reading).Assembly,
            t => t.Namespace == typeof(Reading).Namespace && int.Parse(t.Name[^3..]) <= count);

    internal static object[] Facts()
    {
        var random = new Random(42);
        var readings = Enumerable.Range(0, 250).Select(_ => (object)new Reading(random.Next(50), random.Next(1000)));
        var limits = Enumerable.Range(0, 50).Select(s => (object)new Limit(s, 900 + random.Next(100)));
        return [.. readings, .. limits];
    }

    internal static int Run(ISessionFactory factory, object[] facts)
    {
        var session = factory.CreateSession();
        session.InsertAll(facts);
        return session.Fire();
    }
}
