namespace ExpertRig.Domain.Physics;

/// <summary>A household branch circuit: breaker rating and voltage. Ids match the profile's <c>circuit</c> values.</summary>
/// <param name="Id">Kebab-case id, e.g. <c>15a-120v</c>.</param>
/// <param name="Volts">Nominal voltage.</param>
/// <param name="BreakerAmps">Breaker rating in amperes.</param>
public sealed record HouseholdCircuit(string Id, int Volts, int BreakerAmps)
{
    /// <summary>
    /// The circuits the profile can name: the North American ones smallest first, then the 230 V ones smallest first.
    /// Every one takes the same continuous-load rule, the 80% of power.continuous_load_fraction: in North America it is
    /// the code (NEC 210.19(A)(1), 210.20(A): a load running three hours or more may use 80% of the breaker); at 230 V it
    /// is the practice for loads that run for hours, since household sockets are rated for their full current only for
    /// short periods (Stromnetz Berlin: a household socket carries a multi-hour load only if installed for a continuous
    /// 16 A, and mobile EV chargers limit themselves to 13 A, 2.8 kW, on a 16 A Schuko circuit; the UK 13 A plug is
    /// fused at its full rating). A rig that decodes for hours is such a load.
    /// </summary>
    public static IReadOnlyList<HouseholdCircuit> Standard { get; } =
    [
        new("15a-120v", 120, 15),
        new("20a-120v", 120, 20),
        new("15a-240v", 240, 15),
        new("20a-240v", 240, 20),
        new("30a-240v", 240, 30),
        new("10a-230v", 230, 10),
        new("13a-230v", 230, 13),
        new("16a-230v", 230, 16),
        new("32a-230v", 230, 32),
    ];

    /// <summary>Breaker amps × volts: the nameplate watts before the continuous-load rule.</summary>
    public double RatedWatts => BreakerAmps * (double)Volts;
}
