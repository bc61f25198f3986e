using System.Runtime.CompilerServices;
using ExpertRig.Domain.Facts;

namespace ExpertRig.Domain.Builds.Composition;

/// <summary>
/// Configures an archetype as <see cref="BuildConfigurator.Configure"/> does, but a composed archetype that the
/// <see cref="BuildComposer"/> already configured on trial (to check the catalog can complete it) for the same
/// requirements, workloads and knowledge gets that build back instead of being configured a second time; any other
/// archetype (a guide template) takes the storage and RAM requirements the composer's trials already sized.
/// </summary>
public static class ComposedBuilds
{
    private static readonly ConditionalWeakTable<Archetype, Trial> Trials = [];

    private static readonly ConditionalWeakTable<Requirements, Sizing> Sizings = [];

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

        return BuildConfigurator.Configure(archetype, requirements, workloads, knowledge, Shared(requirements, workloads, knowledge));
    }

    /// <summary>
    /// Keeps the composer's <paramref name="sizing"/> for the templates configured for the same requirements, workloads
    /// and knowledge. Keyed by the requirements object (weakly, so it goes with the consultation) and checked against
    /// the knowledge object and the workload facts themselves: the sizing's figures are pure functions of exactly those
    /// immutable inputs and of a build's GPUs (<see cref="TrialSizing"/>), so a template finds there what it would size.
    /// </summary>
    internal static void Share(Requirements requirements, IReadOnlyList<WorkloadNeed> workloads, Knowledge knowledge, TrialSizing sizing) =>
        Sizings.AddOrUpdate(requirements, new Sizing([.. workloads], knowledge, sizing));

    private static TrialSizing? Shared(Requirements requirements, IReadOnlyList<WorkloadNeed> workloads, Knowledge knowledge) =>
        Sizings.TryGetValue(requirements, out var shared) && ReferenceEquals(shared.Knowledge, knowledge) && SameNeeds(shared.Workloads, workloads)
            ? shared.Trials
            : null;

    internal static void Remember(Archetype archetype, Requirements requirements, IReadOnlyList<WorkloadNeed> workloads, Knowledge knowledge, Build build) =>
        Trials.AddOrUpdate(archetype, new Trial(requirements, [.. workloads], knowledge, build));

    // The configurator orders the workloads by index, so the same needs in any order configure the same build. Lists
    // already in index order (as a consultation collects them) are compared as they are, without sorting copies.
    private static bool SameNeeds(WorkloadNeed[] remembered, IReadOnlyList<WorkloadNeed> workloads)
    {
        if (remembered.Length != workloads.Count)
        {
            return false;
        }

        if (!WorkloadNeed.InIndexOrder(remembered) || !WorkloadNeed.InIndexOrder(workloads))
        {
            return remembered.OrderBy(n => n.Index).Zip(workloads.OrderBy(n => n.Index)).All(p => ReferenceEquals(p.First, p.Second));
        }

        for (var i = 0; i < remembered.Length; i++)
        {
            if (!ReferenceEquals(remembered[i], workloads[i]))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Trial(Requirements Requirements, WorkloadNeed[] Workloads, Knowledge Knowledge, Build Build);

    private sealed record Sizing(WorkloadNeed[] Workloads, Knowledge Knowledge, TrialSizing Trials);
}
