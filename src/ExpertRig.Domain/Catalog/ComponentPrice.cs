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

    /// <summary>The month the figures were seen (<c>YYYY-MM</c>); when absent, <see cref="Month"/> derives it from a guide basis.</summary>
    public string? AsOf { get; init; }

    /// <summary>
    /// The month the figures date from: <see cref="AsOf"/>, else the month a <c>guide-YYYY-MM</c> basis names;
    /// null when neither says.
    /// </summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public string? Month => AsOf ?? PriceBasisMonths.Of(Basis);

    /// <summary>The range a buyer would pay: new when the part is sold new, else used.</summary>
    public NumberRange Range => New ?? Used ?? throw new InvalidOperationException("price has neither a new nor a used range");

    /// <summary>
    /// The price a bill of materials charges for one unit bought in <paramref name="range"/>: its middle, in whole
    /// dollars rounded half away from zero ($145–160 → $153). Street ranges are tens or hundreds of dollars wide, so
    /// cents would be false precision; whole-dollar units make every subtotal and total exact (docs/catalog.md, Prices).
    /// </summary>
    public static double UnitPrice(NumberRange range) => Figures.Dollars(range.Midpoint);
}
