using System.Globalization;
using ExpertRig.Domain.Files;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ExpertRig.Domain.Catalog.Prices;

/// <summary>
/// Reads the prices a user pays: a YAML mapping of catalog part ids to <c>usd</c> (<c>rtx-3090: 700</c>) or to
/// <c>{usd, used}</c> (<c>rtx-3090: {usd: 700, used: true}</c>), from a <c>--prices</c> file or a profile's
/// <c>prices:</c> key. Every id must be a priced catalog part; every price a positive number of dollars.
/// </summary>
public static class PriceFile
{
    /// <summary>Most a single part may cost, as the catalog allows.</summary>
    public const double MaxUsd = 1_000_000;

    /// <summary>
    /// Reads the price file at <paramref name="path"/> through <see cref="InputFile"/> (a FIFO, device or directory is
    /// refused before it is opened; at most <see cref="InputKind.Prices"/>' cap is read).
    /// </summary>
    /// <exception cref="PriceFileException">Missing, not a regular file, too large, not UTF-8, not YAML, or an entry that is not a priced part or price.</exception>
    public static IReadOnlyDictionary<string, UserPrice> Load(string path, Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        string text;
        try
        {
            text = InputFile.ReadText(path, InputKind.Prices);
        }
        catch (FileAccessException error)
        {
            throw new PriceFileException($"{name}: {error.Problem}");
        }

        YamlNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : new YamlMappingNode();
        }
        catch (YamlException error)
        {
            throw new PriceFileException($"{name}: line {error.Start.Line}: not valid YAML ({error.Message})");
        }

        return Parse(root, name, catalog);
    }

    /// <summary>Reads a mapping node of part ids to prices (a price file's root, or a profile's <c>prices:</c> value).</summary>
    public static IReadOnlyDictionary<string, UserPrice> Parse(YamlNode node, string where, Catalog catalog)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw new PriceFileException($"{where}: line {node.Start.Line}: expected part ids with prices, such as 'rtx-3090: 700' or 'rtx-3090: {{usd: 700, used: true}}'");
        }

        var prices = new Dictionary<string, UserPrice>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var typed = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var id = PricedParts.Find(catalog, typed)
                ?? throw new PriceFileException($"{where}: line {keyNode.Start.Line}: '{typed}' is not a priced catalog part{PricedParts.Hint(catalog, typed)}");
            if (!prices.TryAdd(id, Price(value, where, id)))
            {
                throw new PriceFileException($"{where}: line {keyNode.Start.Line}: {id} is priced twice");
            }
        }

        return prices;
    }

    private static UserPrice Price(YamlNode value, string where, string id)
    {
        switch (value)
        {
            case YamlScalarNode scalar:
                return new UserPrice(Dollars(scalar, where, id));
            case YamlMappingNode entry:
                double? usd = null;
                var used = false;
                foreach (var (keyNode, field) in entry.Children)
                {
                    switch ((keyNode as YamlScalarNode)?.Value)
                    {
                        case "usd":
                            usd = Dollars(field, where, id);
                            break;
                        case "used":
                            used = field is YamlScalarNode { Value: "true" or "false" } flag
                                ? flag.Value == "true"
                                : throw new PriceFileException($"{where}: line {field.Start.Line}: {id}: used must be true or false");
                            break;
                        default:
                            throw new PriceFileException($"{where}: line {keyNode.Start.Line}: {id}: unknown key '{keyNode}'; allowed: usd, used");
                    }
                }

                return new UserPrice(usd ?? throw new PriceFileException($"{where}: line {entry.Start.Line}: {id}: missing usd"), used);
            default:
                throw new PriceFileException($"{where}: line {value.Start.Line}: {id}: expected a price in dollars or {{usd, used}}");
        }
    }

    private static double Dollars(YamlNode node, string where, string id) =>
        node is YamlScalarNode { Value: { } text }
        && double.TryParse(text.TrimStart('$').Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var usd)
        && double.IsFinite(usd) && usd > 0 && usd <= MaxUsd
            ? usd
            : throw new PriceFileException($"{where}: line {node.Start.Line}: {id}: the price must be a number of dollars between 1 and {MaxUsd:N0} (got '{node}')");
}
