using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Builds;

/// <summary>What a build's accelerators can hold for models and caches, and what its workloads need of it when they stay loaded together.</summary>
public static class AcceleratorMemory
{
    /// <summary>GB (10^9 bytes) the build's GPUs or unified system can hold: memory × usable share, less runtime overheads.</summary>
    public static double UsableGb(Build build, PhysicsConstants physics)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(physics);
        return build.System is { } system ? WorkloadMemory.UsableGb(system) * build.SystemCount
            : build.Gpu is { } gpu ? Math.Max(0, WorkloadMemory.UsableGb(gpu, build.GpuCount, physics)) : 0;
    }

    /// <summary>GB of accelerator memory the predictions occupy when every workload stays loaded at once.</summary>
    public static double TogetherGb(IEnumerable<WorkloadPrediction> predictions) =>
        predictions.Sum(p => ResidentGb(p.Estimate));

    /// <summary>GB of accelerator memory an estimate keeps on the GPUs or unified memory (what it shares with the others).</summary>
    public static double ResidentGb(InferenceEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return Math.Max(0, estimate.TotalMemoryGb - estimate.SystemRamUsedGb);
    }
}
