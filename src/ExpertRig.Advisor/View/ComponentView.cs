namespace ExpertRig.Advisor.View;

/// <summary>One bill-of-materials line.</summary>
public sealed record ComponentView(
    string Category, string Id, string Name, int Quantity, double UnitPriceUsd, double SubtotalUsd, bool Used, string Reason);
