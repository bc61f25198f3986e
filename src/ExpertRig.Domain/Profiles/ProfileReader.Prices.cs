using ExpertRig.Domain.Catalog.Prices;
using YamlDotNet.RepresentationModel;

namespace ExpertRig.Domain.Profiles;

/// <summary>The profile's <c>prices:</c> key: the user's own prices for catalog parts, checked against the catalog.</summary>
internal sealed partial class ProfileReader
{
    private IReadOnlyDictionary<string, UserPrice> ReadPrices(YamlNode node) =>
        vocabulary.ReadPrices(node, $"{sourceName} {ProfileKeys.Prices}");
}
