namespace ExpertRig.Domain.Profiles;

/// <summary>
/// The ranges a profile value must fall in; values outside them are typing mistakes or beyond what a desk-side
/// machine can be asked for, so the loader rejects them with the range in the message.
/// </summary>
public static class ProfileLimits
{
    /// <summary>Largest profile file the loader reads, in bytes (1 MiB); a real profile is under 2 KB.</summary>
    public const long MaxFileBytes = 1_048_576;

    /// <summary>Fewest workloads a profile may list.</summary>
    public const int MinWorkloads = 1;

    /// <summary>Most workloads a profile may list.</summary>
    public const int MaxWorkloads = 8;

    /// <summary>Largest budget accepted; the guide's most expensive build is about $45,000, so more is a typo.</summary>
    public const double MaxBudgetUsd = 1_000_000;

    /// <summary>Fewest concurrent users.</summary>
    public const int MinConcurrentUsers = 1;

    /// <summary>Most concurrent users; the guide's largest build serves 10–20, so this leaves wide headroom.</summary>
    public const int MaxConcurrentUsers = 256;

    /// <summary>Shortest context accepted per request.</summary>
    public const int MinContextTokens = 256;

    /// <summary>Longest context accepted when the catalog does not know the model's own maximum.</summary>
    public const int MaxContextTokens = 1_048_576;

    /// <summary>Highest decode speed a user may demand; far above any single-stream speed a local machine reaches.</summary>
    public const double MaxMinTokensPerSecond = 1000;

    /// <summary>Most hours of use in a day.</summary>
    public const double MaxHoursPerDay = 24;

    /// <summary>Highest electricity price accepted, in dollars per kWh; catches a price typed in cents (15 for 0.15).</summary>
    public const double MaxElectricityUsdPerKwh = 5;
}
