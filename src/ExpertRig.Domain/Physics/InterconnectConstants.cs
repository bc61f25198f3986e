namespace ExpertRig.Domain.Physics;

/// <summary>Links between GPUs, used for the all-reduces of tensor parallelism and for offload transfers.</summary>
/// <param name="PcieGbsPerLane">Usable bandwidth per lane and direction in GB/s, by PCIe generation.</param>
/// <param name="PcieAllReduceLatencyMicroseconds">Fixed cost of one small all-reduce over PCIe.</param>
/// <param name="NvlinkAllReduceLatencyMicroseconds">Fixed cost of one small all-reduce over an NVLink bridge.</param>
/// <param name="ActivationBytesPerElement">Bytes per element of the hidden state exchanged by all-reduce.</param>
/// <param name="Source">Where the numbers come from.</param>
public sealed record InterconnectConstants(
    IReadOnlyDictionary<int, double> PcieGbsPerLane,
    double PcieAllReduceLatencyMicroseconds,
    double NvlinkAllReduceLatencyMicroseconds,
    double ActivationBytesPerElement,
    string Source)
{
    /// <summary>One-direction bandwidth in GB/s of a PCIe link; unknown generations fall back to the nearest known one.</summary>
    public double PcieGbs(int generation, int lanes)
    {
        var known = PcieGbsPerLane.Keys.OrderBy(g => Math.Abs(g - generation)).First();
        return PcieGbsPerLane[known] * lanes;
    }
}
