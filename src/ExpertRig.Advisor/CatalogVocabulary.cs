using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Catalog.Prices;
using YamlDotNet.RepresentationModel;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Advisor;

/// <summary>What the profile parser may accept, read from the catalog: model ids, quantization names, context limits.</summary>
public sealed class CatalogVocabulary(Catalog catalog) : IProfileVocabulary
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> ModelIds { get; } = [.. catalog.Models.Ids];

    /// <inheritdoc />
    public IReadOnlyCollection<string> QuantIds { get; } = [.. catalog.Quantizations.Select(q => q.Name)];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> QuantAliases { get; } =
        catalog.Quantizations.ToDictionary(q => q.Id, q => q.Name, StringComparer.Ordinal);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, UserPrice> ReadPrices(YamlNode node, string where) => PriceFile.Parse(node, where, catalog);

    /// <inheritdoc />
    public int? MaxContext(string modelId) =>
        catalog.Models.TryFind(modelId, out var model) ? model.MaxContextTokens : null;
}
