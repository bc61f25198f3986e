using BenchmarkDotNet.Attributes;

namespace ExpertRig.Benchmarks.Comparison;

/// <summary>
/// Issue 11: one synthetic 120-rule set of the knowledge base's shapes (alpha checks, joins on the build, Exists, Not,
/// Collect, Yield), written once in ExpertRig's DSL and once in NRules 1.0.4's, at 16 and 64 builds. Cold is load,
/// compile and the first consultation; warm is one consultation on a compiled factory.
/// </summary>
[MemoryDiagnoser]
public class ComparisonBenchmarks
{
    private Engine.ISessionFactory _ours = null!;
    private NRules.ISessionFactory _theirs = null!;
    private object[] _facts = [];

    [Params(16, 64)]
    public int Builds { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _facts = Consultations.Facts(Builds);
        _ours = Consultations.Ours();
        _theirs = Consultations.Theirs();
        Consultations.Run(_ours, _facts);
        Consultations.Run(_theirs, _facts);
    }

    [Benchmark]
    public int ExpertRigCold() => Consultations.Run(Consultations.Ours(), _facts);

    [Benchmark]
    public int NRulesCold() => Consultations.Run(Consultations.Theirs(), _facts);

    [Benchmark]
    public int ExpertRigWarm() => Consultations.Run(_ours, _facts);

    [Benchmark]
    public int NRulesWarm() => Consultations.Run(_theirs, _facts);
}
