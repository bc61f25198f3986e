namespace ExpertRig.Domain.Physics;

/// <summary>Element type of the KV cache (llama.cpp <c>--cache-type-k/-v</c>).</summary>
public enum KvCacheType
{
    /// <summary>16-bit floats, the default.</summary>
    F16,

    /// <summary>8-bit blocks: 34 bytes per 32 elements.</summary>
    Q8_0,

    /// <summary>4-bit blocks: 18 bytes per 32 elements.</summary>
    Q4_0,
}
