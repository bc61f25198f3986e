using System.Runtime.CompilerServices;
using ExpertRig.Domain.Facts;

namespace ExpertRig.Domain.Builds.Composition;

/// <summary>
/// Configures an archetype as <see cref="BuildConfigurator.Configure"/> does, but a composed archetype that the
/// <see cref="BuildComposer"/> already configured on trial (to check the catalog can complete it) for the same
/// requirements, workloads and knowledge gets that build back instead of being configured a second time.
/// </summary>
public static class ComposedBuilds
{
    private static readonly ConditionalWeakTable<Archetype, Trial> Trials = [];

    /// <summary>The build <see cref="BuildConfigurator.Configure"/> would return for these arguments.</summary>
    public static Build Configure(Archetype archetype, Requirements requirements, IReadOnlyList<WorkloadNeed> workloads, Knowledge knowledge)
    {
        ArgumentNullException.ThrowIfNull(archetype);
        ArgumentNullException.ThrowIfNull(workloads);
        if (Trials.TryGetValue(archetype, out var trial) && ReferenceEquals(trial.Requirements, requirements)
            && ReferenceEquals(trial.Knowledge, knowledge) && SameNeeds(trial.Workloads, workloads))
        {
            return trial.Build;
        }

        return BuildConfigurator.Configure(archetype, requirements, workloads, knowledge);
    }

    internal static void Remember(Archetype archetype, Requirements requirements, IReadOnlyList<WorkloadNeed> workloads, Knowledge knowledge, Build build) =>
        Trials.AddOrUpdate(archetype, new Trial(requirements, [.. workloads], knowledge, build));

    // The configurator orders the workloads by index, so the same needs in any order configure the same build.
    private static bool SameNeeds(WorkloadNeed[] remembered, IReadOnlyList<WorkloadNeed> workloads) =>
        remembered.Length == workloads.Count
        && remembered.OrderBy(n => n.Index).Zip(workloads.OrderBy(n => n.Index)).All(p => ReferenceEquals(p.First, p.Second));

    private sealed record Trial(Requirements Requirements, WorkloadNeed[] Workloads, Knowledge Knowledge, Build Build);
}
