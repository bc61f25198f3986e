namespace ExpertRig.Domain.Profiles;

/// <summary>The breaker rating and voltage that a <see cref="Circuit"/> id stands for.</summary>
public static class CircuitRatings
{
    /// <summary>The breaker rating in amperes.</summary>
    public static int Amps(this Circuit circuit) => circuit switch
    {
        Circuit.Amps15Volts120 or Circuit.Amps15Volts240 => 15,
        Circuit.Amps20Volts120 or Circuit.Amps20Volts240 => 20,
        Circuit.Amps30Volts240 => 30,
        Circuit.Amps10Volts230 => 10,
        Circuit.Amps13Volts230 => 13,
        Circuit.Amps16Volts230 => 16,
        Circuit.Amps32Volts230 => 32,
        _ => throw new ArgumentOutOfRangeException(nameof(circuit), circuit, "Unknown circuit."),
    };

    /// <summary>The nominal voltage.</summary>
    public static int Volts(this Circuit circuit) => circuit switch
    {
        Circuit.Amps15Volts120 or Circuit.Amps20Volts120 => 120,
        Circuit.Amps15Volts240 or Circuit.Amps20Volts240 or Circuit.Amps30Volts240 => 240,
        Circuit.Amps10Volts230 or Circuit.Amps13Volts230 or Circuit.Amps16Volts230 or Circuit.Amps32Volts230 => 230,
        _ => throw new ArgumentOutOfRangeException(nameof(circuit), circuit, "Unknown circuit."),
    };

    /// <summary>Amperes times volts: the breaker's nameplate watts, before any continuous-load derating.</summary>
    public static int RatedWatts(this Circuit circuit) => circuit.Amps() * circuit.Volts();
}
