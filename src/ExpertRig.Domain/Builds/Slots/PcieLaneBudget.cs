using System.Runtime.CompilerServices;
using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// PCIe lane arithmetic for a discrete-GPU build: NVMe drives (x4 each) go on chipset lanes while there are any, the
/// rest on CPU lanes; each GPU gets the narrower of its card's link and its slot's wiring, and when the CPU-wired GPUs
/// ask for more lanes than the CPU has left, the widest links are halved (bifurcated) until they fit.
/// </summary>
public static class PcieLaneBudget
{
    private static readonly ConditionalWeakTable<Build, Known> Allocations = [];

    /// <summary>Lanes one NVMe drive takes.</summary>
    public const int LanesPerNvmeDrive = 4;

    /// <summary>The narrowest link at which the guide still calls a GPU fine for multi-GPU inference (x8/x8).</summary>
    public const int MinimumGpuLanes = 8;

    /// <summary>NVMe drives in the build.</summary>
    public static int NvmeDrives(Build build) => build.Storage.Count(d => d.Kind == StorageKind.Nvme);

    /// <summary>Lanes the NVMe drives take from the CPU after the chipset's lanes are used up.</summary>
    public static int DriveLanesOnCpu(Build build)
    {
        var chipsetDrives = (build.Cpu?.ChipsetLanes ?? 0) / LanesPerNvmeDrive;
        return Math.Max(0, NvmeDrives(build) - chipsetDrives) * LanesPerNvmeDrive;
    }

    /// <summary>CPU lanes left for GPUs once the drives that need CPU lanes have them.</summary>
    public static int CpuLanesForGpus(Build build) => (build.Cpu?.PcieLanes ?? 0) - DriveLanesOnCpu(build);

    /// <summary>CPU lanes the GPUs need to each run at x8 (or their full width when narrower).</summary>
    public static int LanesForX8PerGpu(Build build) =>
        build.Gpu is null ? 0 : build.GpuCount * Math.Min(build.Gpu.PcieLanes, MinimumGpuLanes);

    /// <summary>The link of every GPU in the slots the build would use; null when it has no GPU, CPU or placement.</summary>
    /// <remarks>
    /// A build is an immutable fact that the lane rules' conditions ask about again on every re-match, so each build's
    /// allocation is worked out once (held weakly, with the build).
    /// </remarks>
    public static PcieLaneAllocation? Allocate(Build build)
    {
        ArgumentNullException.ThrowIfNull(build);
        return Allocations.GetValue(build, static b => new Known(Work(b))).Allocation;
    }

    private static PcieLaneAllocation? Work(Build build)
    {
        if (build.Gpu is not { } gpu || build.Cpu is not { } cpu || GpuSlotPlanner.PlanFor(build) is not { } plan)
        {
            return null;
        }

        var links = plan.Slots
            .Select(slot => new GpuLink(slot.Position, Math.Min(gpu.PcieLanes, plan.LanesOf(slot)), Math.Min(Math.Min(slot.Gen, gpu.PcieGen), cpu.PcieGen), slot.Via))
            .ToList();
        var budget = CpuLanesForGpus(build);
        while (links.Where(l => l.Via == LaneSource.Cpu).Sum(l => l.Lanes) > budget)
        {
            // Bifurcation halves a link; the lowest of the widest links gives way first.
            var widest = links.Where(l => l.Via == LaneSource.Cpu).OrderByDescending(l => l.Lanes).ThenByDescending(l => l.Position).First();
            if (widest.Lanes <= 1)
            {
                break;
            }

            links[links.IndexOf(widest)] = widest with { Lanes = widest.Lanes / 2 };
        }

        return new PcieLaneAllocation(links, cpu.PcieLanes, DriveLanesOnCpu(build));
    }

    /// <summary>True when some GPU runs narrower than x8 or through the chipset.</summary>
    public static bool HasNarrowOrChipsetLink(Build build) =>
        Allocate(build) is { } allocation && allocation.Links.Any(l => l.Via == LaneSource.Chipset || l.Lanes < MinimumGpuLanes);

    /// <summary>True when some CPU-wired GPU runs at x8 or wider but below its card's own link width.</summary>
    public static bool HasHalvedLink(Build build) =>
        build.Gpu is { } gpu && Allocate(build) is { } allocation
        && allocation.Links.Any(l => l.Via == LaneSource.Cpu && l.Lanes >= MinimumGpuLanes && l.Lanes < gpu.PcieLanes);

    private sealed record Known(PcieLaneAllocation? Allocation);
}
