namespace ExpertRig.Domain.Catalog.Prices;

/// <summary>A price the user gives for one catalog part, overriding the catalog's.</summary>
/// <param name="Usd">What the user pays for one unit, in US dollars.</param>
/// <param name="Used">True when that price is for a used unit.</param>
public sealed record UserPrice(double Usd, bool Used = false);
