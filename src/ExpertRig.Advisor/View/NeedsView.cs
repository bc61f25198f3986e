namespace ExpertRig.Advisor.View;

/// <summary>The profile as understood, every default made explicit (same keys as the profile file).</summary>
/// <param name="BudgetUsd">The price ceiling, or null when the profile sets none (the ranking then weighs value).</param>
/// <param name="Defaults">The profile keys whose value is the default (left out of the file, or given as the default).</param>
public sealed record NeedsView(
    IReadOnlyList<WorkloadNeedView> Workloads,
    int ConcurrentUsers,
    double? BudgetUsd,
    string Os,
    string Privacy,
    bool AcceptUsed,
    string Circuit,
    double ElectricityUsdPerKwh,
    double HoursPerDay,
    bool FineTuning,
    bool OtherGpuWorkloads,
    bool EccRequired,
    IReadOnlyList<string> Priorities,
    IReadOnlyList<string> Defaults)
{
    /// <summary>The power limit on every discrete GPU, in percent of rated board power (100: stock).</summary>
    public int GpuPowerLimitPercent { get; init; } = Domain.Builds.GpuPowerLimit.StockPercent;

    /// <summary>What the limit does, in one sentence; empty at the stock limit.</summary>
    public string GpuPowerLimitEffect { get; init; } = "";
}
