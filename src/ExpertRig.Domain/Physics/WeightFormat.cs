namespace ExpertRig.Domain.Physics;

/// <summary>How the weights are stored: the effective bits per weight decide their size and the bytes read per token.</summary>
/// <param name="Name">Display name, e.g. <c>Q4_K_M</c> or <c>EXL2 4.25 bpw</c>.</param>
/// <param name="BitsPerWeight">
/// Effective bits per weight over the whole file (a GGUF mix stores some tensors at higher precision, so Q4_K_M is
/// about 4.8, not 4.5).
/// </param>
/// <param name="Family">The file format.</param>
public sealed record WeightFormat(string Name, double BitsPerWeight, WeightFormatFamily Family)
{
    /// <summary>True for 16-bit weights, which stream without a dequantization step.</summary>
    public bool IsUnquantized => BitsPerWeight >= 16;

    /// <summary>
    /// True for MXFP4 files (gpt-oss), which store only the routed experts in MXFP4 and the rest (attention, router,
    /// embeddings, output head) at higher precision, so a token reads more bytes than the file's average suggests.
    /// </summary>
    public bool IsMxfp4 => string.Equals(Name, "MXFP4", StringComparison.OrdinalIgnoreCase);
}
