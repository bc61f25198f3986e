namespace ExpertRig.Domain.Catalog;

/// <summary>A component's price in US dollars: the new and/or used range, what kind of figure it is, and the MSRP.</summary>
public sealed record ComponentPrice
{
    /// <summary>Price range when bought new; null when the part is only sold used.</summary>
    public NumberRange? New { get; init; }

    /// <summary>Price range on the used market where a source gives one.</summary>
    public NumberRange? Used { get; init; }

    /// <summary>Whether the figures are the guide's street prices, a vendor MSRP, a vendor list price or reported.</summary>
    public required PriceBasis Basis { get; init; }

    /// <summary>Manufacturer's suggested or launch price, for comparison with street prices.</summary>
    public double? Msrp { get; init; }

    /// <summary>The month the figure was observed or published (<c>YYYY-MM</c>); null when the source gives none.</summary>
    public string? AsOf { get; init; }

    /// <summary>The range a buyer would pay: new when the part is sold new, else used.</summary>
    public NumberRange Range => New ?? Used ?? throw new InvalidOperationException("price has neither a new nor a used range");

    /// <summary>
    /// The price a bill of materials charges for one unit bought in <paramref name="range"/>: its middle, in whole
    /// dollars rounded half away from zero ($145–160 → $153). Street ranges are tens or hundreds of dollars wide, so
    /// cents would be false precision; whole-dollar units make every subtotal and total exact (docs/catalog.md, Prices).
    /// </summary>
    public static double UnitPrice(NumberRange range) => Figures.Dollars(range.Midpoint);
}
