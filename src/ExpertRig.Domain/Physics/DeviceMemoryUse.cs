namespace ExpertRig.Domain.Physics;

/// <summary>What one accelerator holds under the estimated placement, checked against its usable memory.</summary>
/// <param name="DeviceName">The device's name.</param>
/// <param name="Layers">Transformer layers on this device (every layer, sliced, under tensor parallelism).</param>
/// <param name="WeightsGb">Weights held.</param>
/// <param name="KvCacheGb">KV cache held for every sequence's full context.</param>
/// <param name="OverheadGb">Runtime context plus compute buffer.</param>
/// <param name="UsableGb">Memory the device may use (after the unified-memory cap or vLLM's utilisation share).</param>
public sealed record DeviceMemoryUse(
    string DeviceName,
    int Layers,
    double WeightsGb,
    double KvCacheGb,
    double OverheadGb,
    double UsableGb)
{
    /// <summary>Everything the device holds.</summary>
    public double TotalGb => Total(WeightsGb, KvCacheGb, OverheadGb);

    /// <summary>True when the device's share fits in its usable memory.</summary>
    public bool Fits => FitsIn(TotalGb, UsableGb);

    /// <summary><see cref="TotalGb"/> of these figures (for a placement checked without making the record).</summary>
    internal static double Total(double weightsGb, double kvCacheGb, double overheadGb) => weightsGb + kvCacheGb + overheadGb;

    /// <summary><see cref="Fits"/> of these figures.</summary>
    internal static bool FitsIn(double totalGb, double usableGb) => totalGb <= usableGb + 1e-9;
}
