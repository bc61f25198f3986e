using BenchmarkDotNet.Attributes;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Benchmarks;

/// <summary>What one recommendation costs once the process is warm: loading the catalog, and one consultation.</summary>
[MemoryDiagnoser]
public class AdvisorBenchmarks
{
    private Profile _typical = null!;

    [GlobalSetup]
    public void Setup() => _typical = Advisor.Advisor.Default.ProfileLoader.Load(QuickTimings.TypicalProfile);

    /// <summary>Parses and validates every catalog file.</summary>
    [Benchmark]
    public Catalog LoadCatalog() => CatalogLoader.Load(CatalogLoader.DefaultDirectory);

    /// <summary>Configures, checks, predicts and ranks every archetype for docs/examples/typical.yaml.</summary>
    [Benchmark]
    public int ConsultTypicalProfile() => Advisor.Advisor.Default.Consult(_typical).Session.Journal.Count;
}
