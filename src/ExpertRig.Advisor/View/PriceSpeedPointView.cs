namespace ExpertRig.Advisor.View;

/// <summary>One build on the price-against-speed chart: its price and the main workload's decode speed per user.</summary>
/// <param name="Rank">The build's rank, or null when a hard constraint rejected it.</param>
public sealed record PriceSpeedPointView(string Archetype, string Title, double TotalPriceUsd, double MainDecodeTokensPerS, int? Rank);
