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

    /// <summary>10 A at 230 V (YAML <c>10a-230v</c>): Swiss, Italian, Australian and older European socket circuits.</summary>
    Amps10Volts230,

    /// <summary>13 A at 230 V (YAML <c>13a-230v</c>): the UK/Irish BS 1363 plug, fused at 13 A.</summary>
    Amps13Volts230,

    /// <summary>16 A at 230 V (YAML <c>16a-230v</c>): the common continental European (Schuko, French) socket circuit.</summary>
    Amps16Volts230,

    /// <summary>32 A at 230 V (YAML <c>32a-230v</c>): a dedicated radial or CEE 32 A outlet.</summary>
    Amps32Volts230,
}
