using ExpertRig.Domain.Catalog.Prices;

namespace ExpertRig.Domain.Catalog;

/// <summary>The catalog with the user's own prices in place of the catalog's for the parts they name.</summary>
public static class PriceOverrides
{
    /// <summary>A copy of <paramref name="catalog"/> whose named parts cost what <paramref name="prices"/> says.</summary>
    public static Catalog Apply(Catalog catalog, IReadOnlyDictionary<string, UserPrice> prices)
    {
        if (prices.Count == 0)
        {
            return catalog;
        }

        ComponentPrice Priced(ICatalogEntry entry, ComponentPrice current) =>
            prices.TryGetValue(entry.Id, out var user) ? Of(user, current) : current;

        return new Catalog(
            Map(catalog.Gpus, g => g with { PriceUsd = Priced(g, g.PriceUsd) }),
            Map(catalog.Systems, s => s with { PriceUsd = Priced(s, s.PriceUsd) }),
            Map(catalog.Cpus, c => c with { PriceUsd = Priced(c, c.PriceUsd) }),
            Map(catalog.Motherboards, b => b with { PriceUsd = Priced(b, b.PriceUsd) }),
            Map(catalog.MemoryKits, m => m with { PriceUsd = Priced(m, m.PriceUsd) }),
            Map(catalog.Storage, d => d with { PriceUsd = Priced(d, d.PriceUsd) }),
            Map(catalog.PowerSupplies, p => p with { PriceUsd = Priced(p, p.PriceUsd) }),
            Map(catalog.Coolers, c => c with { PriceUsd = Priced(c, c.PriceUsd) }),
            Map(catalog.Cases, c => c with { PriceUsd = Priced(c, c.PriceUsd) }),
            Map(catalog.Accessories, a => a with { PriceUsd = Priced(a, a.PriceUsd) }),
            catalog.Models,
            catalog.Quantizations);
    }

    /// <summary>The user's price as a catalog price: a one-figure new (or used) range, basis "user".</summary>
    public static ComponentPrice Of(UserPrice user, ComponentPrice catalogPrice)
    {
        var range = new NumberRange(user.Usd, user.Usd);
        return new ComponentPrice
        {
            New = user.Used ? null : range,
            Used = user.Used ? range : catalogPrice.Used,
            Basis = PriceBasis.User,
            Msrp = catalogPrice.Msrp,
        };
    }

    private static CatalogSection<T> Map<T>(CatalogSection<T> section, Func<T, T> price)
        where T : ICatalogEntry => section.With(price);
}
