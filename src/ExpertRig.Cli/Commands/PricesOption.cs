using System.CommandLine;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Catalog.Prices;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Cli.Commands;

/// <summary>
/// <c>--prices &lt;file&gt;</c>: the user's own part prices (YAML <c>id: usd</c> or <c>id: {usd, used}</c>), added to the
/// profile's <c>prices:</c>; where both price a part, the file wins.
/// </summary>
internal static class PricesOption
{
    public static Option<string?> Create() => new("--prices")
    {
        Description = "A YAML file of your own prices, 'rtx-3090: 700' or 'rtx-3090: {usd: 700, used: true}', that replace the catalog's.",
    };

    /// <summary>The profile with the file's prices merged over its own.</summary>
    public static Profile Apply(ParseResult parse, Option<string?> option, Profile profile, Catalog catalog)
    {
        if (parse.GetValue(option) is not { } path)
        {
            return profile;
        }

        var merged = new Dictionary<string, UserPrice>(profile.Prices, StringComparer.Ordinal);
        foreach (var (id, price) in PriceFile.Load(path, catalog))
        {
            merged[id] = price;
        }

        return profile with { Prices = merged };
    }
}
