using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>The PSUs chosen for a build and why, or the gap when no catalog PSU qualifies.</summary>
/// <param name="Psu">The unit bought; null when none qualifies.</param>
/// <param name="Count">How many synchronised units.</param>
/// <param name="Explain">Writes why (on each call; a build's line keeps the sentence it first wrote); null without a unit.</param>
/// <param name="Gap">Why the build has no PSU; null when it has.</param>
internal sealed record PsuChoice(PowerSupply? Psu, int Count, Func<string>? Explain, string? Gap)
{
    /// <summary>Why these PSUs, in a sentence; null with no <see cref="Explain"/>.</summary>
    public string? Reason => Explain?.Invoke();
}
