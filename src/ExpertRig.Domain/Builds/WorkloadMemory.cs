using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Builds;

/// <summary>Memory a workload occupies, from the physics <see cref="MemoryEstimator"/>; all sizes in GB of 10^9 bytes.</summary>
internal static class WorkloadMemory
{
    /// <summary>The quantization the configurator sizes memory for: the requested one, else Q4_K_M (the guide's default).</summary>
    public static Quantization SizingQuant(WorkloadNeed need, Catalog.Catalog catalog) =>
        need.Quant ?? catalog.FindQuantization("q4-k-m");

    /// <summary>Weight file size of a model at a quantization.</summary>
    public static double WeightsGb(LanguageModel model, Quantization quant) =>
        MemoryEstimator.WeightsGb(model.Architecture, Format(quant));

    /// <summary>Weights, F16 KV cache for every user's context and the compute buffer: what must sit in accelerator memory to run without offload.</summary>
    public static double RunningGb(WorkloadNeed need, Quantization quant, int users, PhysicsConstants physics)
    {
        var model = need.Model.Architecture;
        return WeightsGb(need.Model, quant)
            + MemoryEstimator.KvCacheGb(model, KvCacheType.F16, need.ContextTokens, Math.Max(1, users), physics)
            + MemoryEstimator.ComputeBufferGb(model, physics);
    }

    /// <summary>Vendor GB (GiB, as VRAM and DIMMs are sold) in GB of 10^9 bytes.</summary>
    public static double VendorGbToGb(double vendorGb) => vendorGb * PhysicsUnits.BytesPerGib / PhysicsUnits.BytesPerGb;

    /// <summary>The physics device class of a discrete GPU, for its runtime overhead and usable memory share.</summary>
    public static DeviceClass ClassOf(Gpu gpu) => Predictions.CatalogDevices.ClassOf(gpu);

    /// <summary>GB the GPUs can hold model and cache in: memory × usable share, less each card's runtime overhead.</summary>
    public static double UsableGb(Gpu gpu, int count, PhysicsConstants physics)
    {
        var constants = physics.For(ClassOf(gpu));
        return count * ((VendorGbToGb(gpu.VramGb) * constants.UsableMemoryFraction) - constants.RuntimeOverheadGb);
    }

    /// <summary>GB a unified system's GPU can hold by default.</summary>
    public static double UsableGb(UnifiedMemorySystem system) => VendorGbToGb(system.UsableMemoryGb);

    private static WeightFormat Format(Quantization quant) => Predictions.CatalogDevices.ForQuant(quant);
}
