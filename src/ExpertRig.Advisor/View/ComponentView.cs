namespace ExpertRig.Advisor.View;

/// <summary>One bill-of-materials line, with where the guide says to buy the part.</summary>
/// <param name="NamedChannel">False when the guide names no channel for the part (any retailer will do): the report says
/// that once rather than on every such line.</param>
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
    bool NamedChannel);
