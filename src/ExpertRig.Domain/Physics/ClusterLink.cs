namespace ExpertRig.Domain.Physics;

/// <summary>
/// The network between the units of a cluster of unified systems (two DGX Sparks joined port to port by a QSFP
/// cable over their 200 Gbit/s ConnectX-7, RoCE). llama.cpp splits whole layers between the units (its RPC backend;
/// vLLM's pipeline parallelism does the same): per token the units read their own layers one after the other, so a
/// single stream decodes at one unit's bandwidth over the whole model, with the memory of both, plus one hand-off of
/// the hidden state across the link per token. Tensor parallelism instead slices every layer and all-reduces twice
/// per layer across the link; on two Sparks that made a 27B model about half as fast as on one (below), and
/// StorageReview's two-node review (2026) found pipeline parallelism faster than tensor parallelism on this fabric.
/// </summary>
public static class ClusterLink
{
    /// <summary>
    /// Fixed cost in milliseconds of one synchronisation across the cluster link (a layer-split hand-off, or one
    /// all-reduce), before the bytes. An assumption derived from one measurement: al-engr.com ("Two DGX Spark units
    /// with tensor parallelism — Qwen3.6 TP=2 benchmark", 2026; SGLang 0.5.12, NCCL over the 200 Gbit/s link) decoded
    /// Qwen3.6-27B-FP8 at 8.1 tok/s on two Sparks (TP=2) against about 18.5 tok/s on one without speculative decoding
    /// (the post's own estimate). Half the weights per unit leave 1/8.1 − 0.5/18.5 ≈ 96 ms per token for the link;
    /// over two all-reduces in each of the model's 64 layers that is 0.75 ms each. ExpertRig's estimate, not a
    /// NVIDIA figure; a hand-off of a few kilobytes is taken to cost the same as one small all-reduce.
    /// </summary>
    public const double SyncMilliseconds = 0.75;

    /// <summary>Seconds one transfer of <paramref name="bytes"/> takes over a link of <paramref name="linkGbs"/> GB/s per direction.</summary>
    public static double Seconds(double bytes, double linkGbs) =>
        (SyncMilliseconds * 1e-3) + (linkGbs > 0 ? bytes / (linkGbs * PhysicsUnits.BytesPerGb) : 0);
}
