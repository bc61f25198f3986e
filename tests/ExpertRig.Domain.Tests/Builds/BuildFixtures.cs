using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Tests.Builds;

/// <summary>The shipped catalog, physics constants and archetypes, and shorthand for profiles and workloads.</summary>
internal static class BuildFixtures
{
    public static Knowledge Knowledge { get; } = new(CatalogLoader.LoadDefault(), PhysicsConstantsLoader.LoadDefault());

    public static Domain.Catalog.Catalog Catalog => Knowledge.Catalog;

    public static IReadOnlyList<Archetype> Archetypes => ArchetypeLoader.LoadDefault();

    public static Archetype Archetype(string id) => Archetypes.Single(a => a.Id == id);

    /// <summary>A profile with the given workloads (model id, optional quant) and defaults elsewhere.</summary>
    public static Requirements Requirements(
        IEnumerable<Workload> workloads,
        int users = 1,
        bool acceptUsed = false,
        bool fineTuning = false,
        Privacy privacy = Privacy.Local,
        double budget = 10_000) =>
        new(new Profile
        {
            Workloads = workloads.ToArray(),
            BudgetUsd = budget,
            ConcurrentUsers = users,
            AcceptUsed = acceptUsed,
            FineTuning = fineTuning,
            Privacy = privacy,
        });

    /// <summary>The facts the caller inserts for the profile's workloads.</summary>
    public static IReadOnlyList<WorkloadNeed> Needs(Requirements requirements) =>
        requirements.Profile.Workloads
            .Select((w, i) => new WorkloadNeed(i, w, Catalog.FindModel(w.Model), w.Quant is null ? null : Catalog.FindQuantization(w.Quant)))
            .ToList();

    /// <summary>docs/examples/typical.yaml reduced to its main need: one Llama 3 70B Q4_K_M workload for one user.</summary>
    public static Requirements Typical { get; } = Requirements([new Workload("llama-3-70b", "Q4_K_M")], budget: 8000);

    public static Build Configure(string archetypeId, Requirements requirements) =>
        BuildConfigurator.Configure(Archetype(archetypeId), requirements, Needs(requirements), Knowledge);
}
