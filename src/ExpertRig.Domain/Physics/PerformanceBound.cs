namespace ExpertRig.Domain.Physics;

/// <summary>The resource that takes the largest share of the time per generated token.</summary>
public enum PerformanceBound
{
    /// <summary>Streaming weights and KV cache from accelerator memory.</summary>
    MemoryBandwidth,

    /// <summary>Arithmetic (large batches of concurrent users, or prompt processing).</summary>
    Compute,

    /// <summary>Streaming the offloaded layers from system RAM.</summary>
    Offload,

    /// <summary>Synchronisation between GPUs (all-reduce or layer hand-off).</summary>
    Interconnect,
}
