using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>The RAM kits chosen for a build and why, or the gap when the catalog has none that fit.</summary>
/// <param name="Kit">The kit bought; null when the catalog has none for the board.</param>
/// <param name="Count">How many of the kit.</param>
/// <param name="Explain">Writes why (on each call; a build's line keeps the sentence it first wrote); null without a kit or when the caller asked for no reason.</param>
/// <param name="Gap">Why the build has no RAM; null when it has.</param>
internal sealed record MemoryChoice(MemoryKit? Kit, int Count, Func<string>? Explain, string? Gap)
{
    /// <summary>Why these kits, in a sentence; null with no <see cref="Explain"/>.</summary>
    public string? Reason => Explain?.Invoke();
}
