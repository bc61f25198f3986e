using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// Makes bill-of-materials lines priced at the middle of the catalog range, in whole dollars. A reason given as a
/// function is written when the line's reason is first read, with the same text: the composer configures builds on
/// trial and discards most of them unread.
/// </summary>
internal static class ComponentLine
{
    public static BuildComponent New(ComponentCategory category, ICatalogEntry part, ComponentPrice price, int quantity, string reason) =>
        new(category, part.Id, part.Name, quantity, ComponentPrice.UnitPrice(price.Range), false, reason) { PriceBasis = price.Basis, PriceMonth = price.Month };

    public static BuildComponent New(ComponentCategory category, ICatalogEntry part, ComponentPrice price, int quantity, Func<string> reason) =>
        new(category, part.Id, part.Name, quantity, ComponentPrice.UnitPrice(price.Range), false, reason) { PriceBasis = price.Basis, PriceMonth = price.Month };

    public static BuildComponent Used(ComponentCategory category, ICatalogEntry part, ComponentPrice price, int quantity, Func<string> reason) =>
        new(category, part.Id, part.Name, quantity, ComponentPrice.UnitPrice(price.Used!), true, reason) { PriceBasis = price.Basis, PriceMonth = price.Month };
}
