namespace ExpertRig.Domain.Physics;

/// <summary>Where every part of the model lives: layers per accelerator, layers offloaded to system RAM, and why it may not run.</summary>
/// <param name="Parallelism">The multi-GPU strategy placed.</param>
/// <param name="Footprint">The model's parts.</param>
/// <param name="DeviceLayers">Layers per device, in device order (every layer on every device under tensor parallelism).</param>
/// <param name="Devices">Memory use per device.</param>
/// <param name="OffloadedLayers">Layers kept in system RAM and run by the CPU.</param>
/// <param name="HostBytes">Bytes of offloaded weights and KV cache in system RAM.</param>
/// <param name="HostBandwidthGbs">Bandwidth the offloaded layers stream at (system RAM, or the unified pool).</param>
/// <param name="Runs">True when the model fits on the accelerators or the rest can be offloaded.</param>
/// <param name="WriteProblem">Writes why it does not run; null when it runs (a sentence is written only when read: many plans are made and dropped).</param>
internal sealed record MemoryPlan(
    ParallelismMode Parallelism,
    ModelFootprint Footprint,
    IReadOnlyList<int> DeviceLayers,
    IReadOnlyList<DeviceMemoryUse> Devices,
    int OffloadedLayers,
    double HostBytes,
    double HostBandwidthGbs,
    bool Runs,
    Func<string>? WriteProblem)
{
    /// <summary>Why it does not run; null when it runs. Written on every read.</summary>
    public string? Problem => WriteProblem?.Invoke();

    /// <summary>Routed experts kept in system RAM (llama.cpp <c>--n-cpu-moe</c>); null when experts stay with their layers.</summary>
    public ExpertPlacement? Experts { get; init; }

    /// <summary>Bytes each device's layers read per token when experts are split from their layers (without the output head).</summary>
    public IReadOnlyList<double>? DeviceReadBytes { get; init; }

    /// <summary>Active routed-expert bytes per token read from system RAM.</summary>
    public double RamReadBytes { get; init; }

    /// <summary>True when every weight is on an accelerator and every accelerator's share fits.</summary>
    public bool Fits => OffloadedLayers == 0 && (Experts?.RamExpertLayers ?? 0) == 0 && AllDevicesFit();

    // A loop, not LINQ: every estimate and every fit check asks.
    private bool AllDevicesFit()
    {
        for (var i = 0; i < Devices.Count; i++)
        {
            if (!Devices[i].Fits)
            {
                return false;
            }
        }

        return true;
    }
}
