namespace ExpertRig.Domain.Profiles;

/// <summary>
/// What the profile loader needs to know from the catalog: which model and quantization ids exist and how long
/// a context each model supports. The catalog supplies it; tests supply a small fake.
/// </summary>
public interface IProfileVocabulary
{
    /// <summary>Every model id a profile may name, spelled as the catalog spells it (e.g. <c>llama-3-70b</c>).</summary>
    IReadOnlyCollection<string> ModelIds { get; }

    /// <summary>Every quantization id a profile may name, spelled as the catalog spells it (e.g. <c>Q4_K_M</c>).</summary>
    IReadOnlyCollection<string> QuantIds { get; }

    /// <summary>The longest context <paramref name="modelId"/> supports, or null when the catalog does not say.</summary>
    int? MaxContext(string modelId);
}
