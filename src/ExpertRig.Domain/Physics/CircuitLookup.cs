using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Physics;

/// <summary>Finds the profile's household circuit among a power estimate's circuit checks, and names circuits.</summary>
public static class CircuitLookup
{
    /// <summary>Share of the continuous limit above which a circuit counts as "marginal" (within 10% of the limit).</summary>
    public const double MarginalFraction = 0.90;

    /// <summary>The verdict for the user's circuit.</summary>
    public static CircuitCheck For(PowerEstimate estimate, Circuit circuit) =>
        estimate.Circuits.First(c => c.Circuit.BreakerAmps == circuit.Amps() && c.Circuit.Volts == circuit.Volts());

    /// <summary>True when the sustained wall draw exceeds the circuit's 80% continuous limit.</summary>
    public static bool OverContinuousLimit(PowerEstimate estimate, Circuit circuit) =>
        For(estimate, circuit) is var check && check.SustainedWallWatts > check.ContinuousCapacityWatts;

    /// <summary>
    /// True when the circuit carries the sustained draw but with less than 10% to spare, or when the peak draw
    /// exceeds the breaker's rating for a moment (the guide's Tier 1 "marginally sufficient" case).
    /// </summary>
    public static bool IsMarginal(PowerEstimate estimate, Circuit circuit) =>
        For(estimate, circuit) is var check
        && check.SustainedWallWatts <= check.ContinuousCapacityWatts
        && (check.SustainedWallWatts > MarginalFraction * check.ContinuousCapacityWatts || check.PeakWallWatts > check.Circuit.RatedWatts);

    /// <summary>A circuit as an electrician says it, e.g. "15 A / 120 V".</summary>
    public static string Label(HouseholdCircuit circuit) => $"{circuit.BreakerAmps} A / {circuit.Volts} V";
}
