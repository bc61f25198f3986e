namespace ExpertRig.Advisor.View;

/// <summary>One bill-of-materials line, with where the guide says to buy the part.</summary>
/// <param name="NamedChannel">False when the guide names no channel for the part (any retailer will do): the report says
/// that once rather than on every such line.</param>
/// <param name="PriceBasis">How firm the price is: guide-2026-04, vendor-msrp, reported, used, user (your price file) …; null when unknown.</param>
/// <param name="PriceAsOf">The month the price dates from (YYYY-MM); null when the catalog gives none or the price is yours.</param>
public sealed record ComponentView(
    string Category,
    string Id,
    string Name,
    int Quantity,
    double UnitPriceUsd,
    double SubtotalUsd,
    bool Used,
    string Reason,
    string WhereToBuy,
    bool NamedChannel,
    string? PriceBasis = null,
    string? PriceAsOf = null);
