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
    public static Build Configure(Archetype archetype, Requirements requirements, IReadOnlyList<WorkloadNeed> workloads, Knowledge knowledge)
    {
        ArgumentNullException.ThrowIfNull(archetype);
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(workloads);
        ArgumentNullException.ThrowIfNull(knowledge);
        var ordered = workloads.OrderBy(w => w.Index).ToList();
        return archetype.IsUnified
            ? UnifiedBuildConfigurator.Configure(archetype, requirements, ordered, knowledge)
            : DiscreteBuildConfigurator.Configure(archetype, requirements, ordered, knowledge);
    }
}
