namespace ExpertRig.Domain.Physics;

/// <summary>Whether one household circuit can carry the machine: sustained wall draw within the continuous-load share, peak within the breaker.</summary>
/// <param name="Circuit">The circuit checked.</param>
/// <param name="ContinuousCapacityWatts">Rated watts × the continuous-load fraction (80%).</param>
/// <param name="SustainedWallWatts">Sustained DC draw ÷ PSU efficiency.</param>
/// <param name="PeakWallWatts">Peak DC draw ÷ PSU efficiency.</param>
/// <param name="Suffices">True when both checks pass.</param>
/// <param name="Reason">One sentence explaining the verdict.</param>
public sealed record CircuitCheck(
    HouseholdCircuit Circuit,
    double ContinuousCapacityWatts,
    double SustainedWallWatts,
    double PeakWallWatts,
    bool Suffices,
    string Reason)
{
    /// <summary>Checks a circuit against wall draws (already divided by PSU efficiency).</summary>
    public static CircuitCheck For(HouseholdCircuit circuit, double sustainedWallWatts, double peakWallWatts, PowerConstants constants)
    {
        var continuous = circuit.RatedWatts * constants.ContinuousLoadFraction;
        string reason;
        bool suffices;
        if (sustainedWallWatts > continuous)
        {
            suffices = false;
            reason = $"{Figures.Watts(sustainedWallWatts)} sustained is {Figures.Amps(sustainedWallWatts / circuit.Volts)}, over the {Figures.Percent(constants.ContinuousLoadFraction)} continuous limit of {Figures.Amps(continuous / circuit.Volts)} on a {circuit.BreakerAmps} A breaker";
        }
        else if (peakWallWatts > circuit.RatedWatts)
        {
            suffices = false;
            reason = $"{Figures.Watts(peakWallWatts)} peak is {Figures.Amps(peakWallWatts / circuit.Volts)}, over the {circuit.BreakerAmps} A breaker";
        }
        else
        {
            suffices = true;
            reason = $"{Figures.Amps(sustainedWallWatts / circuit.Volts)} sustained of {Figures.Amps(continuous / circuit.Volts)} allowed; {Figures.Amps(peakWallWatts / circuit.Volts)} peak of {circuit.BreakerAmps} A";
        }

        return new CircuitCheck(circuit, continuous, sustainedWallWatts, peakWallWatts, suffices, reason);
    }
}
