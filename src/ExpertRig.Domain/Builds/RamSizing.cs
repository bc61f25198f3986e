using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// Applies the guide's RAM table (<see cref="GuideRamTable"/>) twice with the same reading: before a build exists, to
/// size its RAM from the memory each workload is expected to spill; and to a configured build, to check its RAM
/// against what the physics predicts each workload keeps in system RAM; both with the GPUs' memory
/// (<see cref="GuideRamTable.MatchingGpuMemory"/>). Unified-memory systems are outside the table:
/// their memory is the accelerator pool.
/// </summary>
public static class RamSizing
{
    /// <summary>
    /// The RAM <paramref name="count"/> × <paramref name="gpu"/> need for the profile's workloads, from the spill the
    /// configurator expects: each workload's weights (requested quantization, else Q4_K_M), F16 KV cache for every
    /// user and compute buffer, less the GPUs' usable memory.
    /// </summary>
    public static RamRequirement ForConfiguration(Gpu gpu, int count, Requirements requirements, IReadOnlyList<WorkloadNeed> needs, Knowledge knowledge)
    {
        var usable = WorkloadMemory.UsableGb(gpu, count, knowledge.Physics);
        var loads = needs
            .Select(need => new RamLoad(
                need.Model,
                Math.Max(0, WorkloadMemory.RunningGb(need, WorkloadMemory.SizingQuant(need, knowledge.Catalog), requirements.Users, knowledge.Physics) - usable)))
            .ToList();
        return GuideRamTable.Apply(loads, requirements.Users, requirements.Profile.FineTuning, knowledge.Physics.Memory.SystemRamReservedGb, gpu.VramGb * count);
    }

    /// <summary>
    /// The RAM <paramref name="build"/> needs for its <paramref name="predictions"/> (those of other builds are ignored):
    /// each workload's offloaded layers and their KV cache as the physics placed them; <see cref="RamRequirement.None"/>
    /// for a unified-memory system.
    /// </summary>
    public static RamRequirement ForPredictions(Build build, IEnumerable<WorkloadPrediction> predictions, Requirements requirements, PhysicsConstants physics)
    {
        if (build.IsUnified)
        {
            return RamRequirement.None;
        }

        var loads = predictions
            .Where(p => ReferenceEquals(p.Build, build))
            .Select(p => new RamLoad(p.Need.Model, p.Estimate.OffloadedLayers > 0 || p.Estimate.Experts is not null ? p.Estimate.SystemRamUsedGb : 0))
            .ToList();
        return GuideRamTable.Apply(loads, requirements.Users, requirements.Profile.FineTuning, physics.Memory.SystemRamReservedGb, (build.Gpu?.VramGb ?? 0) * build.GpuCount);
    }
}
