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
        return build.System is { } system ? WorkloadMemory.UsableGb(system)
            : build.Gpu is { } gpu ? Math.Max(0, WorkloadMemory.UsableGb(gpu, build.GpuCount, physics)) : 0;
    }

    /// <summary>
    /// GB the predictions would occupy together with every open quantization taken down to about 4 bits (weights scale
    /// with bits per weight; caches and buffers stay): whether a lower choice would let them share the memory.
    /// </summary>
    public static double TogetherAtFloorGb(IEnumerable<WorkloadPrediction> predictions) =>
        predictions.Sum(p =>
        {
            var resident = Math.Max(0, p.Estimate.TotalMemoryGb - p.Estimate.SystemRamUsedGb);
            if (p.Need.Quant is not null || p.Quant.BitsPerWeight <= Composition.SpeedCeiling.FloorBits)
            {
                return resident;
            }

            return resident - (p.Estimate.WeightsGb * (1 - (Composition.SpeedCeiling.FloorBits / p.Quant.BitsPerWeight)));
        });

    /// <summary>GB of accelerator memory the predictions occupy when every workload stays loaded at once.</summary>
    public static double TogetherGb(IEnumerable<WorkloadPrediction> predictions) =>
        predictions.Sum(p => Math.Max(0, p.Estimate.TotalMemoryGb - p.Estimate.SystemRamUsedGb));
}
