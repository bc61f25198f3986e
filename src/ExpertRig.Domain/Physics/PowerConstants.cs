namespace ExpertRig.Domain.Physics;

/// <summary>Constants of PSU sizing and household circuits.</summary>
/// <param name="PsuMaxLoadFraction">Highest share of its rating a PSU should carry at the sum of peak draws.</param>
/// <param name="PsuEfficiency">Wall-to-DC efficiency at load (80 PLUS Platinum/Titanium at 50–100% load).</param>
/// <param name="ContinuousLoadFraction">Share of a breaker's rating a continuous load may use (the 80% rule).</param>
/// <param name="DualPsuAboveWatts">Sustained draw above which the guide calls for two synchronised PSUs.</param>
/// <param name="MaxSinglePsuWatts">Largest ATX PSU rating that runs from a 120 V outlet.</param>
/// <param name="StandardPsuWatts">Common retail PSU ratings, ascending.</param>
/// <param name="Source">Where the numbers come from.</param>
public sealed record PowerConstants(
    double PsuMaxLoadFraction,
    double PsuEfficiency,
    double ContinuousLoadFraction,
    double DualPsuAboveWatts,
    double MaxSinglePsuWatts,
    IReadOnlyList<int> StandardPsuWatts,
    string Source);
