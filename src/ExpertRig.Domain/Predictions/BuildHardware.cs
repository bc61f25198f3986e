using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Predictions;

/// <summary>What the physics estimators see of a build: its accelerators and its host (RAM and model drive).</summary>
public static class BuildHardware
{
    // A build is immutable, and every estimate on it (each rung of the quantization ladder, each engine) reads the
    // same devices and host: they are worked out once per build object.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Build, Seen> Known = [];

    /// <summary>The accelerators: each GPU, or the one unified-memory system.</summary>
    public static IReadOnlyList<DeviceSpec> Devices(Build build) => Of(build).Devices;

    /// <summary>As <see cref="Host(Build)"/>, worked out once per build.</summary>
    internal static HostSpec KnownHost(Build build) => Of(build).Host;

    /// <summary>The build's devices and host with their record hashes, worked out once per build (the estimate memo's key).</summary>
    internal static Seen Of(Build build)
    {
        ArgumentNullException.ThrowIfNull(build);
        return Known.GetValue(build, b => new Seen(DevicesOf(b), Host(b)));
    }

    // The device list of a build, shared by every build with the same accelerators (issue 11: the composer makes
    // many builds that differ only in case, PSU, cooler or board, and each made its device specs, and settled their
    // backends, again). Key: the GPU or system by identity (immutable catalog records) and what DevicesOf reads of
    // the build besides (GPU count and bridge, or unit count and whether it is a cluster); complete. A list is never
    // changed once made (BackendChoice keys its settled lists by its identity). Thread-safe; entries go with the record.
    private static IReadOnlyList<DeviceSpec> DevicesOf(Build build)
    {
        if (build.System is { } system)
        {
            var units = SystemLists.GetValue(system, static _ => new());
            var unitsKey = (build.IsCluster, build.SystemCount);
            return units.TryGetValue(unitsKey, out var known) ? known : units.GetOrAdd(unitsKey, MakeDevices(build));
        }

        if (build.Gpu is { } gpu)
        {
            var cards = GpuLists.GetValue(gpu, static _ => new());
            var cardsKey = (build.GpuCount, build.UsesNvlink);
            return cards.TryGetValue(cardsKey, out var known) ? known : cards.GetOrAdd(cardsKey, MakeDevices(build));
        }

        return [];
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<UnifiedMemorySystem,
        System.Collections.Concurrent.ConcurrentDictionary<(bool Cluster, int Units), IReadOnlyList<DeviceSpec>>> SystemLists = new();

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Gpu,
        System.Collections.Concurrent.ConcurrentDictionary<(int Cards, bool Nvlink), IReadOnlyList<DeviceSpec>>> GpuLists = new();

    // A card's NVLink connector joins its pair only with a bridge in the build; unbridged cards talk over PCIe.
    // The units of a cluster are devices of one layer split whose hand-offs cross the cluster link.
    private static IReadOnlyList<DeviceSpec> MakeDevices(Build build) => build.System is { } system
        ? build.IsCluster
            ? [.. Enumerable.Repeat(CatalogDevices.ForSystem(system) with { ClusterLinkGbs = (system.ClusterLinkGbps ?? 0) / 8 }, build.SystemCount)]
            : [CatalogDevices.ForSystem(system)]
        : build.Gpu is { } gpu
            ? [.. Enumerable.Repeat(CatalogDevices.ForGpu(gpu) with { NvlinkGbs = build.UsesNvlink ? gpu.NvlinkBandwidthGbs ?? 0 : 0 }, build.GpuCount)]
            : [];

    /// <summary>
    /// What the estimators see of one build. The hashes are the records' own (by value: builds with the same GPUs share
    /// estimates), computed once instead of on every memo look-up.
    /// </summary>
    internal sealed record Seen(IReadOnlyList<DeviceSpec> Devices, HostSpec Host)
    {
        public int FirstDeviceHash { get; } = Devices.Count > 0 ? Devices[0].GetHashCode() : 0;

        public int HostHash { get; } = Host.GetHashCode();
    }

    /// <summary>
    /// The host: system RAM, the bandwidth of the channels the RAM kits populate (channels × MT/s × 8 bytes, capped by
    /// the CPU's rated bandwidth), and the read speed of the model drive (model loading).
    /// </summary>
    public static HostSpec Host(Build build)
    {
        var storageRead = ModelDrive(build)?.ReadMbs;
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

    /// <summary>
    /// The drives that hold models: every NVMe drive after the OS drive, or the OS drive itself when it is the only
    /// NVMe drive. Hard disks are archives, not model drives.
    /// </summary>
    /// <remarks>
    /// Read by index, without LINQ: the model-drive rules ask it in their conditions on every re-match (issue 11).
    /// </remarks>
    public static IReadOnlyList<StorageDrive> ModelDrives(Build build)
    {
        var storage = build.Storage;
        var nvme = NvmeDrives(storage);
        var drives = new StorageDrive[nvme > 1 ? nvme - 1 : nvme];
        var next = 0;
        for (var i = 0; i < storage.Count; i++)
        {
            if (IsModelDrive(storage, i, nvme))
            {
                drives[next++] = storage[i];
            }
        }

        return drives;
    }

    /// <summary>
    /// The fastest model drive, which the active model loads from (the load time of every prediction and the
    /// model-load-time note both read it): the first of the model drives with the highest read speed, compared as
    /// <c>MaxBy</c> compares; null when the build lists no NVMe drive.
    /// </summary>
    public static StorageDrive? ModelDrive(Build build)
    {
        var storage = build.Storage;
        var nvme = NvmeDrives(storage);
        StorageDrive? fastest = null;
        for (var i = 0; i < storage.Count; i++)
        {
            if (IsModelDrive(storage, i, nvme) && (fastest is null || storage[i].ReadMbs.CompareTo(fastest.ReadMbs) > 0))
            {
                fastest = storage[i];
            }
        }

        return fastest;
    }

    private static int NvmeDrives(IReadOnlyList<StorageDrive> storage)
    {
        var count = 0;
        for (var i = 0; i < storage.Count; i++)
        {
            if (storage[i].Kind == StorageKind.Nvme)
            {
                count++;
            }
        }

        return count;
    }

    // Whether storage[index] is a model drive, among nvme NVMe drives: an NVMe drive that is not the first, unless it is the only one.
    private static bool IsModelDrive(IReadOnlyList<StorageDrive> storage, int index, int nvme)
    {
        if (storage[index].Kind != StorageKind.Nvme)
        {
            return false;
        }

        if (nvme == 1)
        {
            return true;
        }

        for (var i = 0; i < index; i++)
        {
            if (storage[i].Kind == StorageKind.Nvme)
            {
                return true;
            }
        }

        return false;
    }
}
