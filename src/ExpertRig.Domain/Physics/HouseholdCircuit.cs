namespace ExpertRig.Domain.Physics;

/// <summary>A household branch circuit: breaker rating and voltage. Ids match the profile's <c>circuit</c> values.</summary>
/// <param name="Id">Kebab-case id, e.g. <c>15a-120v</c>.</param>
/// <param name="Volts">Nominal voltage.</param>
/// <param name="BreakerAmps">Breaker rating in amperes.</param>
public sealed record HouseholdCircuit(string Id, int Volts, int BreakerAmps)
{
    /// <summary>The five circuits the profile can name, smallest first.</summary>
    public static IReadOnlyList<HouseholdCircuit> Standard { get; } =
    [
        new("15a-120v", 120, 15),
        new("20a-120v", 120, 20),
        new("15a-240v", 240, 15),
        new("20a-240v", 240, 20),
        new("30a-240v", 240, 30),
    ];

    /// <summary>Breaker amps × volts: the nameplate watts before the continuous-load rule.</summary>
    public double RatedWatts => BreakerAmps * (double)Volts;
}
