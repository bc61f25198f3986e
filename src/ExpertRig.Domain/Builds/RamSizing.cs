using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// Applies the guide's RAM table to a profile. Offloaded layers need room in RAM: the minimum is the next power of two
/// above the spilled gigabytes plus the OS reserve (at least the 70B-offload row's 64 GB) and the recommendation twice
/// that, which reproduces both offload rows (70B partial: 64/128, 405B full: 256/512). The multi-user and QLoRA rows
/// apply to 70B-class models.
/// </summary>
public static class RamSizing
{
    /// <summary>The guide's "70B" rows apply from this many parameters (billions): Llama 3 70B, Qwen 2.5 72B.</summary>
    public const double LargeModelParamsB = 60;

    /// <summary>Concurrent users of the guide's multi-user row.</summary>
    public const int MultiUserUsers = 8;

    /// <summary>The RAM a built discrete system needs (zero for a unified-memory system, whose memory is the pool).</summary>
    public static RamRequirement For(Build build, Requirements requirements, IReadOnlyList<WorkloadNeed> needs, Knowledge knowledge) =>
        build.Gpu is { } gpu
            ? For(gpu, build.GpuCount, requirements, needs, knowledge)
            : new RamRequirement(0, 0, 0, []);

    /// <summary>The RAM <paramref name="count"/> × <paramref name="gpu"/> need for the profile's workloads.</summary>
    public static RamRequirement For(Gpu gpu, int count, Requirements requirements, IReadOnlyList<WorkloadNeed> needs, Knowledge knowledge)
    {
        var usable = WorkloadMemory.UsableGb(gpu, count, knowledge.Physics);
        var offload = needs.Count == 0
            ? 0
            : needs.Max(need => Math.Max(0, WorkloadMemory.RunningGb(need, WorkloadMemory.SizingQuant(need, knowledge.Catalog), requirements.Users, knowledge.Physics) - usable));

        var rows = new List<RamGuideline> { OffloadRow(offload, knowledge.Physics.Memory.SystemRamReservedGb) };
        var largest = needs.Count == 0 ? 0 : needs.Max(need => need.Model.ParamsTotalB);
        if (largest >= LargeModelParamsB && requirements.Users >= MultiUserUsers)
        {
            rows.Add(RamGuideline.MultiUser);
        }

        if (largest >= LargeModelParamsB && requirements.Profile.FineTuning)
        {
            rows.Add(RamGuideline.FineTuning);
        }

        return new RamRequirement(rows.Max(r => r.MinimumGb), rows.Max(r => r.RecommendedGb), offload, rows);
    }

    private static RamGuideline OffloadRow(double offloadGb, double reservedGb)
    {
        if (offloadGb <= 0)
        {
            return RamGuideline.NoOffload;
        }

        var minimum = Math.Max(RamGuideline.PartialOffload.MinimumGb, NextPowerOfTwo(offloadGb + reservedGb));
        if (minimum == RamGuideline.PartialOffload.MinimumGb)
        {
            return RamGuideline.PartialOffload;
        }

        return minimum == RamGuideline.FullOffload.MinimumGb
            ? RamGuideline.FullOffload
            : new RamGuideline($"{offloadGb:0} GB offloaded to the CPU (scaled from the guide's offload rows)", minimum, 2 * minimum);
    }

    private static double NextPowerOfTwo(double gb)
    {
        var size = 1.0;
        while (size < gb)
        {
            size *= 2;
        }

        return size;
    }
}
