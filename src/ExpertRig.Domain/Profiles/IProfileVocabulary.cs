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

    /// <summary>
    /// The catalog's short quantization ids (<c>q4-k-m</c>, <c>exl2-4.25</c>, <c>fp8</c>) with the spelling in
    /// <see cref="QuantIds"/> each stands for; a profile may name either, and suggestions name the ids.
    /// </summary>
    IReadOnlyDictionary<string, string> QuantAliases => new Dictionary<string, string>();

    /// <summary>
    /// Reads a profile's <c>prices:</c> mapping (part id to <c>usd</c> or <c>{usd, used}</c>) against the catalog's
    /// priced parts; a vocabulary without the catalog refuses the key.
    /// </summary>
    IReadOnlyDictionary<string, Catalog.Prices.UserPrice> ReadPrices(YamlDotNet.RepresentationModel.YamlNode node, string where) =>
        throw new Catalog.Prices.PriceFileException($"{where}: line {node.Start.Line}: prices need the catalog, which is not loaded here");

    /// <summary>The longest context <paramref name="modelId"/> supports, or null when the catalog does not say.</summary>
    int? MaxContext(string modelId);
}
