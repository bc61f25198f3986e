namespace ExpertRig.Domain.Catalog.Prices;

/// <summary>The catalog sections whose entries carry a price, for looking up the ids a price file names.</summary>
internal static class PricedParts
{
    public static IEnumerable<ICatalogEntry> All(Catalog catalog) =>
        catalog.Gpus.Cast<ICatalogEntry>().Concat(catalog.Systems).Concat(catalog.Cpus).Concat(catalog.Motherboards)
            .Concat(catalog.MemoryKits).Concat(catalog.Storage).Concat(catalog.PowerSupplies).Concat(catalog.Coolers)
            .Concat(catalog.Cases).Concat(catalog.Accessories);

    public static string? Find(Catalog catalog, string typed) =>
        All(catalog).FirstOrDefault(entry => string.Equals(entry.Id, typed.Trim(), StringComparison.OrdinalIgnoreCase))?.Id;

    public static string Hint(Catalog catalog, string typed)
    {
        var closest = IdSuggestions.Closest(typed, All(catalog).Select(entry => entry.Id));
        return closest.Count > 0 ? $"; did you mean {closest[0]}?" : "; 'expertrig catalog <section>' lists the ids";
    }
}
