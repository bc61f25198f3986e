namespace ExpertRig.Domain.Physics;

/// <summary>Pure memory formulas: weight size, KV cache size and the compute buffer (all results in GB of 10^9 bytes).</summary>
public static class MemoryEstimator
{
    /// <summary>Weights in memory: total parameters × effective bits per weight ÷ 8 (an MoE stores every expert).</summary>
    public static double WeightsGb(ModelArchitecture model, WeightFormat weights) =>
        PhysicsUnits.ToGb(model.ParamsTotalB * 1e9 * weights.BitsPerWeight / 8);

    /// <summary>
    /// KV cache bytes one token adds while every layer still keeps it: 2 × attention layers × KV heads × head size ×
    /// bytes per element, or for multi-head latent attention layers × cached latent size × bytes per element. Sliding
    /// and chunked layers stop adding once the context passes their window or chunk, and linear-attention layers
    /// never add (their state is fixed): use <see cref="KvCacheGb"/> for a whole context.
    /// </summary>
    public static double KvCacheBytesPerToken(ModelArchitecture model, KvCacheType kvCache, PhysicsConstants constants)
    {
        var layout = Layout(model, kvCache, constants);
        return layout.BytesPerTokenPerLayer * (layout.FullLayers + layout.SlidingLayers + layout.ChunkedLayers);
    }

    /// <summary>The KV cache of one sequence by layer kind (full, sliding, chunked, linear, MLA), made once per model, cache type and constants.</summary>
    public static KvLayout Layout(ModelArchitecture model, KvCacheType kvCache, PhysicsConstants constants)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(constants);
        var known = Layouts.GetValue(constants, static _ => new()).GetValue(model, static _ => []);
        lock (known)
        {
            if (known.TryGetValue(kvCache, out var kept))
            {
                return kept;
            }
        }

        // Made outside the lock (a model whose layer kinds exceed its layers throws, and nothing is kept for it).
        var made = KvLayout.Of(model, constants.Memory.KvBytesPerElement[kvCache]);
        lock (known)
        {
            return known.TryAdd(kvCache, made) ? made : known[kvCache];
        }
    }

    // Memo of layouts (issue 11: the composer sizes every workload on every build). Key: the constants and the
    // architecture by identity (immutable records; an architecture is made once per catalog model) and the cache type,
    // which is all KvLayout.Of reads (the model and the constants' bytes per element of that type); complete.
    // Thread-safe (ConditionalWeakTables, each dictionary locked); the entries go with their constants and model.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PhysicsConstants,
        System.Runtime.CompilerServices.ConditionalWeakTable<ModelArchitecture, Dictionary<KvCacheType, KvLayout>>> Layouts = new();

    /// <summary>
    /// KV cache for a whole context window of every concurrent sequence: full layers hold the context, sliding layers
    /// their window, chunked layers one chunk, linear-attention layers a fixed state per sequence.
    /// </summary>
    public static double KvCacheGb(ModelArchitecture model, KvCacheType kvCache, int contextTokens, int sequences, PhysicsConstants constants) =>
        PhysicsUnits.ToGb(Layout(model, kvCache, constants).BytesPerSequence(contextTokens) * sequences);

    /// <summary>
    /// llama.cpp's compute buffer, approximated as one micro-batch of FP32 logits (ubatch × vocabulary) plus a few FP32
    /// activation rows of the model's width per micro-batch token.
    /// </summary>
    public static double ComputeBufferGb(ModelArchitecture model, PhysicsConstants constants)
    {
        var memory = constants.Memory;
        var widths = model.VocabSize + (memory.ComputeBufferHiddenWidths * model.HiddenSize);
        return PhysicsUnits.ToGb(memory.ComputeBufferUbatchTokens * widths * 4);
    }

    /// <summary>
    /// Bytes streamed from memory for one token of one sequence: active weights (with the full output head, without
    /// the unused rows of the input embedding) plus the KV cache of every earlier token.
    /// </summary>
    public static double BytesReadPerTokenGb(ModelArchitecture model, WeightFormat weights, KvCacheType kvCache, int positionTokens, PhysicsConstants constants)
    {
        return BytesReadPerTokenGb(ModelFootprint.Of(model, weights, kvCache, constants), positionTokens);
    }

    /// <summary>As above, from a footprint already made (an estimate's plan holds one).</summary>
    internal static double BytesReadPerTokenGb(ModelFootprint footprint, int positionTokens) =>
        PhysicsUnits.ToGb(footprint.ReadBytesPerToken + footprint.Kv.BytesPerSequence(positionTokens));
}
