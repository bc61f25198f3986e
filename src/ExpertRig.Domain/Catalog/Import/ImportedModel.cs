namespace ExpertRig.Domain.Catalog.Import;

/// <summary>A model read from a file: its catalog-shaped entry, and for GGUF the file's own weights.</summary>
/// <param name="Model">The architecture as a catalog entry (id and name from the file).</param>
/// <param name="WeightBytes">For GGUF: bytes of every tensor as stored; null for config.json (the chosen quantization sizes it).</param>
/// <param name="FileQuantization">For GGUF: the file's predominant tensor type (e.g. Q4_K), for the report; null otherwise.</param>
public sealed record ImportedModel(LanguageModel Model, long? WeightBytes = null, string? FileQuantization = null)
{
    /// <summary>Effective bits per weight of a GGUF file (weight bytes × 8 / parameters); null for config.json.</summary>
    public double? BitsPerWeight => WeightBytes is { } bytes ? bytes * 8.0 / (Model.ParamsTotalB * 1e9) : null;
}
