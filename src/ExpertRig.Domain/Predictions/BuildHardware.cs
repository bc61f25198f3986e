using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Predictions;

/// <summary>What the physics estimators see of a build: its accelerators and its host (RAM and model drive).</summary>
public static class BuildHardware
{
    /// <summary>The accelerators: each GPU, or the one unified-memory system.</summary>
    public static IReadOnlyList<DeviceSpec> Devices(Build build) => build.System is { } system
        ? [CatalogDevices.ForSystem(system)]
        : build.Gpu is { } gpu ? [.. Enumerable.Repeat(CatalogDevices.ForGpu(gpu), build.GpuCount)] : [];

    /// <summary>
    /// The host: system RAM, the bandwidth of the channels the RAM kits populate (channels × MT/s × 8 bytes, capped by
    /// the CPU's rated bandwidth), and the read speed of the fastest drive (model loading).
    /// </summary>
    public static HostSpec Host(Build build)
    {
        var storageRead = build.Storage.Count == 0 ? (double?)null : build.Storage.Max(d => d.ReadMbs);
        if (build.System is { } system)
        {
            return new HostSpec(0, system.BandwidthGbs, storageRead);
        }

        var ramBandwidth = 0.0;
        if (build.Cpu is { } cpu && build.Memory is { } kit)
        {
            var channels = Math.Min(cpu.MemoryChannels, kit.Modules * build.MemoryKitCount);
            var speed = Math.Min(kit.SpeedMts, cpu.MaxMemoryMts);
            ramBandwidth = Math.Min(cpu.MemoryBandwidthGbs, HostSpec.RamBandwidth(channels, speed));
        }

        return new HostSpec(build.SystemRamGb, Math.Max(ramBandwidth, 1), storageRead);
    }

    /// <summary>The drive models are loaded from: the fastest one.</summary>
    public static StorageDrive? ModelDrive(Build build) => build.Storage.OrderByDescending(d => d.ReadMbs).FirstOrDefault();
}
