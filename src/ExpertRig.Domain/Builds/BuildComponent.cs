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
    private DeferredText reason = new(Reason);

    /// <summary>A line whose reason is written when first read: the composer configures builds on trial that it then discards.</summary>
    internal BuildComponent(ComponentCategory category, string id, string name, int quantity, double unitPriceUsd, bool used, Func<string> reason)
        : this(category, id, name, quantity, unitPriceUsd, used, string.Empty)
    {
        this.reason = new(reason);
    }

    /// <summary>Why this part (the configurator's sizing rule, in a sentence).</summary>
    public string Reason
    {
        get => reason.Text;
        init => reason = new(value);
    }

    /// <summary>Quantity × unit price.</summary>
    public double SubtotalUsd => Quantity * UnitPriceUsd;

    /// <summary>What kind of figure the price is (guide, MSRP, reported, used, or the user's own); null when not known.</summary>
    public PriceBasis? PriceBasis { get; init; }

    /// <summary>The month the catalog price dates from (<c>YYYY-MM</c>, <see cref="ComponentPrice.Month"/>); null when undated.</summary>
    public string? PriceMonth { get; init; }
}
