namespace ExpertRig.Advisor.View;

/// <summary>One bill-of-materials line, with where the guide says to buy the part.</summary>
public sealed record ComponentView(
    string Category,
    string Id,
    string Name,
    int Quantity,
    double UnitPriceUsd,
    double SubtotalUsd,
    bool Used,
    string Reason,
    string WhereToBuy);
