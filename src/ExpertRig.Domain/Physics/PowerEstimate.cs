namespace ExpertRig.Domain.Physics;

/// <summary>Power budget of a machine: draws, PSU sizing, current on 120 V and 240 V, and which circuits carry it.</summary>
/// <param name="SustainedWatts">Sum of sustained DC draws.</param>
/// <param name="PeakWatts">Sum of peak DC draws.</param>
/// <param name="RequiredPsuWatts">Peak ÷ the PSU's maximum load share: the total PSU capacity needed.</param>
/// <param name="PsuCount">Power supplies needed (more than one above the dual-PSU threshold or the largest single PSU).</param>
/// <param name="PsuUnitWatts">Rating of each PSU: the smallest standard size covering its share.</param>
/// <param name="SustainedWallWatts">Sustained draw at the wall (÷ PSU efficiency).</param>
/// <param name="PeakWallWatts">Peak draw at the wall.</param>
/// <param name="AmpsAt120V">Sustained wall current on 120 V.</param>
/// <param name="AmpsAt240V">Sustained wall current on 240 V.</param>
/// <param name="Circuits">The verdict for every standard household circuit.</param>
/// <param name="Assumptions">The rules applied, with sources.</param>
public sealed record PowerEstimate(
    double SustainedWatts,
    double PeakWatts,
    double RequiredPsuWatts,
    int PsuCount,
    int PsuUnitWatts,
    double SustainedWallWatts,
    double PeakWallWatts,
    double AmpsAt120V,
    double AmpsAt240V,
    IReadOnlyList<CircuitCheck> Circuits,
    IReadOnlyList<Assumption> Assumptions)
{
    /// <summary>True when the machine needs two or more synchronised PSUs (an Add2PSU board or a server PSU).</summary>
    public bool NeedsMultiplePsus => PsuCount > 1;

    /// <summary>The smallest standard circuit that suffices; null when none does.</summary>
    public CircuitCheck? SmallestSufficientCircuit => Circuits.FirstOrDefault(c => c.Suffices);
}
