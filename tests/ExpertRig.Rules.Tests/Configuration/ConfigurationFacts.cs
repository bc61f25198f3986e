using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Tests.Support;

namespace ExpertRig.Rules.Tests.Configuration;

/// <summary>Requirement facts and configured builds for the configuration and ranking fixtures.</summary>
internal static class ConfigurationFacts
{
    public static Requirements Requirements(int users = 1, double budget = 10_000) => new(new Profile
    {
        Workloads = [new Workload("llama-3-8b", "Q4_K_M")],
        BudgetUsd = budget,
        ConcurrentUsers = users,
    });

    public static WorkloadNeed Need(string model = "llama-3-8b", string? quant = "Q4_K_M", int index = 0, double? minTokensPerS = null) =>
        new(index, new Workload(model, quant, 4096, minTokensPerS), TestKnowledge.Catalog.FindModel(model),
            quant is null ? null : TestKnowledge.Catalog.Quantizations.Find(quant));

    public static Archetype Archetype(string id) => ArchetypeLoader.LoadDefault().Single(a => a.Id == id);

    public static Build Build(string archetype, Requirements? requirements = null, params WorkloadNeed[] needs) =>
        BuildConfigurator.Configure(Archetype(archetype), requirements ?? Requirements(), needs.Length == 0 ? [Need()] : needs, TestKnowledge.Instance);
}
