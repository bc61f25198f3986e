namespace ExpertRig.Domain.Physics;

/// <summary>Whether one household circuit can carry the machine: sustained wall draw within the continuous-load share, peak within the breaker.</summary>
/// <param name="Circuit">The circuit checked.</param>
/// <param name="ContinuousCapacityWatts">Rated watts × the continuous-load fraction (80%).</param>
/// <param name="SustainedWallWatts">Sustained DC draw ÷ PSU efficiency.</param>
/// <param name="PeakWallWatts">Peak DC draw ÷ PSU efficiency.</param>
/// <param name="Suffices">True when both checks pass.</param>
public sealed record CircuitCheck(
    HouseholdCircuit Circuit,
    double ContinuousCapacityWatts,
    double SustainedWallWatts,
    double PeakWallWatts,
    bool Suffices)
{
    private string? reason;

    /// <summary>One sentence explaining the verdict, written when first read (most circuits' sentences never are).</summary>
    public string Reason => reason ??= Explain();

    /// <summary>Checks a circuit against wall draws (already divided by PSU efficiency).</summary>
    public static CircuitCheck For(HouseholdCircuit circuit, double sustainedWallWatts, double peakWallWatts, PowerConstants constants)
    {
        var continuous = circuit.RatedWatts * constants.ContinuousLoadFraction;
        var suffices = !(sustainedWallWatts > continuous) && !(peakWallWatts > circuit.RatedWatts);
        return new CircuitCheck(circuit, continuous, sustainedWallWatts, peakWallWatts, suffices);
    }

    /// <summary>Equal when the verdicts are: the sentence is a function of them, so whether it is written yet does not count.</summary>
    public bool Equals(CircuitCheck? other) =>
        other is not null && Circuit == other.Circuit && ContinuousCapacityWatts.Equals(other.ContinuousCapacityWatts)
        && SustainedWallWatts.Equals(other.SustainedWallWatts) && PeakWallWatts.Equals(other.PeakWallWatts)
        && Suffices == other.Suffices;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Circuit, ContinuousCapacityWatts, SustainedWallWatts, PeakWallWatts, Suffices);

    private string Explain()
    {
        var continuous = ContinuousCapacityWatts;
        var continuousLoadFraction = continuous / Circuit.RatedWatts;
        if (SustainedWallWatts > continuous)
        {
            return $"{Figures.Watts(SustainedWallWatts)} sustained is {Figures.Amps(SustainedWallWatts / Circuit.Volts)}, over the {Figures.Percent(continuousLoadFraction)} continuous limit of {Figures.Amps(continuous / Circuit.Volts)} on a {Circuit.BreakerAmps} A breaker";
        }

        if (PeakWallWatts > Circuit.RatedWatts)
        {
            return $"{Figures.Watts(PeakWallWatts)} peak is {Figures.Amps(PeakWallWatts / Circuit.Volts)}, over the {Circuit.BreakerAmps} A breaker";
        }

        return $"{Figures.Amps(SustainedWallWatts / Circuit.Volts)} sustained of {Figures.Amps(continuous / Circuit.Volts)} allowed; {Figures.Amps(PeakWallWatts / Circuit.Volts)} peak of {Circuit.BreakerAmps} A";
    }
}
