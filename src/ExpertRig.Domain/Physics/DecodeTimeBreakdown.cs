namespace ExpertRig.Domain.Physics;

/// <summary>Where the time of one decode step goes (one token for each concurrent sequence), in milliseconds.</summary>
/// <param name="AcceleratorStreamMs">Streaming weights and KV cache from accelerator memory at the calibrated efficiency.</param>
/// <param name="OffloadStreamMs">Streaming the offloaded layers from system RAM.</param>
/// <param name="OverheadMs">Fixed per-layer cost (kernel launches, synchronisation).</param>
/// <param name="InterconnectMs">Hand-offs between GPUs (layer split) or all-reduces (tensor parallel).</param>
/// <param name="BatchComputeMs">Extra arithmetic for every concurrent sequence beyond the first.</param>
public sealed record DecodeTimeBreakdown(
    double AcceleratorStreamMs,
    double OffloadStreamMs,
    double OverheadMs,
    double InterconnectMs,
    double BatchComputeMs)
{
    /// <summary>The whole step.</summary>
    public double TotalMs => AcceleratorStreamMs + OffloadStreamMs + OverheadMs + InterconnectMs + BatchComputeMs;

    /// <summary>The resource with the largest share of the step (the fixed overhead is nobody's bottleneck).</summary>
    public PerformanceBound Bound
    {
        get
        {
            // MaxBy over (stream, offload, interconnect, compute) without its array: the first largest share wins,
            // compared as MaxBy compares doubles (Comparer<double>.Default, where NaN is the smallest).
            var bound = PerformanceBound.MemoryBandwidth;
            var ms = AcceleratorStreamMs;
            if (OffloadStreamMs.CompareTo(ms) > 0)
            {
                (bound, ms) = (PerformanceBound.Offload, OffloadStreamMs);
            }

            if (InterconnectMs.CompareTo(ms) > 0)
            {
                (bound, ms) = (PerformanceBound.Interconnect, InterconnectMs);
            }

            if (BatchComputeMs.CompareTo(ms) > 0)
            {
                bound = PerformanceBound.Compute;
            }

            return bound;
        }
    }
}
