namespace ExpertRig.Domain.Profiles;

/// <summary>The household circuit the machine plugs into (profile key <c>circuit</c>); see <see cref="CircuitRatings"/>.</summary>
public enum Circuit
{
    /// <summary>15 A at 120 V (YAML <c>15a-120v</c>), the common North American outlet.</summary>
    Amps15Volts120,

    /// <summary>20 A at 120 V (YAML <c>20a-120v</c>).</summary>
    Amps20Volts120,

    /// <summary>15 A at 240 V (YAML <c>15a-240v</c>).</summary>
    Amps15Volts240,

    /// <summary>20 A at 240 V (YAML <c>20a-240v</c>).</summary>
    Amps20Volts240,

    /// <summary>30 A at 240 V (YAML <c>30a-240v</c>).</summary>
    Amps30Volts240,
}
