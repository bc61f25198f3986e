using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>The RAM kits chosen for a build and why, or the gap when the catalog has none that fit.</summary>
internal sealed record MemoryChoice(MemoryKit? Kit, int Count, string? Reason, string? Gap);
