namespace ExpertRig.Domain.Catalog;

/// <summary>A closed interval written as <c>[low, high]</c> in the catalog (prices, quality percentages).</summary>
/// <param name="Low">Lower bound.</param>
/// <param name="High">Upper bound; never below <paramref name="Low"/> in a validated catalog.</param>
public sealed record NumberRange(double Low, double High)
{
    /// <summary>The middle of the interval, used when one representative figure is needed.</summary>
    public double Midpoint => (Low + High) / 2;

    /// <inheritdoc />
    public override string ToString() => Low == High ? $"{Low:0.##}" : $"{Low:0.##}-{High:0.##}";
}
