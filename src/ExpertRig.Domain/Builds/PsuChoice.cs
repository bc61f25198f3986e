using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>The PSUs chosen for a build and why, or the gap when no catalog PSU qualifies.</summary>
internal sealed record PsuChoice(PowerSupply? Psu, int Count, string? Reason, string? Gap);
