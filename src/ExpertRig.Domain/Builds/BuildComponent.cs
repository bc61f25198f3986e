using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>One line of a build's bill of materials, with the reason it was chosen.</summary>
/// <param name="Category">What kind of part it is.</param>
/// <param name="Id">Catalog id.</param>
/// <param name="Name">Product name.</param>
/// <param name="Quantity">How many.</param>
/// <param name="UnitPriceUsd">Price of one in whole dollars: the middle of the catalog range (used range when bought used), rounded half away from zero.</param>
/// <param name="Used">True when priced and bought used.</param>
/// <param name="Reason">Why this part (the configurator's sizing rule, in a sentence).</param>
public sealed record BuildComponent(
    ComponentCategory Category,
    string Id,
    string Name,
    int Quantity,
    double UnitPriceUsd,
    bool Used,
    string Reason)
{
    /// <summary>Quantity × unit price.</summary>
    public double SubtotalUsd => Quantity * UnitPriceUsd;

    /// <summary>What kind of figure the price is (guide, MSRP, reported, used, or the user's own); null when not known.</summary>
    public PriceBasis? PriceBasis { get; init; }

    /// <summary>The month the catalog price dates from (<c>YYYY-MM</c>, <see cref="ComponentPrice.Month"/>); null when undated.</summary>
    public string? PriceMonth { get; init; }
}
