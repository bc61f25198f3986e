using ExpertRig.Domain.Facts;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// Turns an archetype into a complete, priced <see cref="Build"/> for one profile, XCON-style: the archetype fixes the
/// GPUs (or the unified system's range) and the platform; the configurator sizes RAM, drives, PSUs and accessories from
/// the workloads and the catalog, and every bill-of-materials line says why. The same input gives the same build.
/// </summary>
public static class BuildConfigurator
{
    /// <summary>Configures <paramref name="archetype"/> for the profile's requirements and workloads.</summary>
    /// <remarks>Parts the catalog cannot supply are listed in <see cref="Build.Gaps"/> rather than thrown, so rules can reject the build with a reason.</remarks>
    public static Build Configure(Archetype archetype, Requirements requirements, IReadOnlyList<WorkloadNeed> workloads, Knowledge knowledge) =>
        Configure(archetype, requirements, workloads, knowledge, null);

    /// <summary>
    /// As <see cref="Configure(Archetype, Requirements, IReadOnlyList{WorkloadNeed}, Knowledge)"/>, with the storage
    /// and RAM requirements <paramref name="sizing"/> already holds for the same requirements, workloads and knowledge
    /// (the composer's, <see cref="Composition.ComposedBuilds"/>) taken from it instead of sized again.
    /// </summary>
    internal static Build Configure(Archetype archetype, Requirements requirements, IReadOnlyList<WorkloadNeed> workloads, Knowledge knowledge, TrialSizing? sizing)
    {
        ArgumentNullException.ThrowIfNull(archetype);
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(workloads);
        ArgumentNullException.ThrowIfNull(knowledge);
        var ordered = WorkloadNeed.ByIndex(workloads);
        return archetype.IsUnified
            ? UnifiedBuildConfigurator.Configure(archetype, requirements, ordered, knowledge, sizing)
            : DiscreteBuildConfigurator.Configure(archetype, requirements, ordered, knowledge, sizing);
    }

    /// <summary>
    /// The first half of <see cref="Configure"/> for the composer's trial of a discrete archetype: every part, PSU and
    /// gap, without the accessories and bill of materials, which <see cref="Bill"/> adds for a trial that is kept.
    /// <paramref name="sizing"/> holds what the composer already worked out for the same requirements and workloads (the
    /// option's RAM requirement, and the storage requirement per GB of accelerator memory, which many options share),
    /// so each is worked out once.
    /// </summary>
    internal static DiscreteBuildPlan PlanTrial(Archetype archetype, Requirements requirements, IReadOnlyList<WorkloadNeed> workloads, Knowledge knowledge, TrialSizing sizing)
    {
        ArgumentNullException.ThrowIfNull(archetype);
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(workloads);
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(sizing);
        if (archetype.IsUnified)
        {
            throw new ArgumentException($"Archetype '{archetype.Id}' is unified: the composer tries discrete builds only.", nameof(archetype));
        }

        return DiscreteBuildConfigurator.Plan(archetype, requirements, WorkloadNeed.ByIndex(workloads), knowledge, sizing);
    }

    /// <summary>The build <see cref="Configure"/> returns for the archetype <paramref name="plan"/> was made from.</summary>
    internal static Build Bill(DiscreteBuildPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return DiscreteBuildConfigurator.Bill(plan);
    }
}
