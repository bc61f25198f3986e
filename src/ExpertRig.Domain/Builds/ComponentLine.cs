using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>Makes bill-of-materials lines priced at the middle of the catalog range, in whole dollars.</summary>
internal static class ComponentLine
{
    public static BuildComponent New(ComponentCategory category, ICatalogEntry part, ComponentPrice price, int quantity, string reason) =>
        new(category, part.Id, part.Name, quantity, ComponentPrice.UnitPrice(price.Range), false, reason) { PriceBasis = price.Basis, PriceMonth = price.Month };

    public static BuildComponent Used(ComponentCategory category, ICatalogEntry part, ComponentPrice price, int quantity, string reason) =>
        new(category, part.Id, part.Name, quantity, ComponentPrice.UnitPrice(price.Used!), true, reason) { PriceBasis = price.Basis, PriceMonth = price.Month };
}
