namespace ExpertRig.Domain.Profiles;

/// <summary>The words a profile file uses for each enum value, shared by the loader, the writer and the wizard.</summary>
public static class ProfileTokens
{
    /// <summary>YAML words for <see cref="OperatingSystemChoice"/>, in the order the docs list them.</summary>
    public static IReadOnlyList<KeyValuePair<string, OperatingSystemChoice>> OperatingSystems { get; } =
    [
        new("linux", OperatingSystemChoice.Linux),
        new("windows", OperatingSystemChoice.Windows),
        new("macos", OperatingSystemChoice.MacOS),
        new("any", OperatingSystemChoice.Any),
    ];

    /// <summary>YAML words for <see cref="Profiles.Privacy"/>.</summary>
    public static IReadOnlyList<KeyValuePair<string, Privacy>> Privacies { get; } =
    [
        new("local", Privacy.Local),
        new("air-gapped", Privacy.AirGapped),
    ];

    /// <summary>YAML words for <see cref="Profiles.Circuit"/>.</summary>
    public static IReadOnlyList<KeyValuePair<string, Circuit>> Circuits { get; } =
    [
        new("15a-120v", Circuit.Amps15Volts120),
        new("20a-120v", Circuit.Amps20Volts120),
        new("15a-240v", Circuit.Amps15Volts240),
        new("20a-240v", Circuit.Amps20Volts240),
        new("30a-240v", Circuit.Amps30Volts240),
        new("10a-230v", Circuit.Amps10Volts230),
        new("13a-230v", Circuit.Amps13Volts230),
        new("16a-230v", Circuit.Amps16Volts230),
        new("32a-230v", Circuit.Amps32Volts230),
    ];

    /// <summary>YAML words for <see cref="Profiles.Priority"/>.</summary>
    public static IReadOnlyList<KeyValuePair<string, Priority>> Priorities { get; } =
    [
        new("speed", Priority.Speed),
        new("cost", Priority.Cost),
        new("quiet", Priority.Quiet),
        new("power", Priority.Power),
        new("simplicity", Priority.Simplicity),
        new("quality", Priority.Quality),
    ];

    /// <summary>The YAML word for an operating-system choice.</summary>
    public static string ToToken(OperatingSystemChoice value) => Find(OperatingSystems, value);

    /// <summary>The YAML word for a privacy level.</summary>
    public static string ToToken(Privacy value) => Find(Privacies, value);

    /// <summary>The YAML word for a circuit.</summary>
    public static string ToToken(Circuit value) => Find(Circuits, value);

    /// <summary>The YAML word for a priority.</summary>
    public static string ToToken(Priority value) => Find(Priorities, value);

    private static string Find<T>(IReadOnlyList<KeyValuePair<string, T>> table, T value)
        where T : struct, Enum
    {
        foreach (var (token, candidate) in table)
        {
            if (EqualityComparer<T>.Default.Equals(candidate, value))
            {
                return token;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"No profile word for {typeof(T).Name}.{value}.");
    }
}
