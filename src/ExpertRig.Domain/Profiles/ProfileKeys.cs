namespace ExpertRig.Domain.Profiles;

/// <summary>The key names of the profile schema, in the order docs/profile.md and the writer list them.</summary>
internal static class ProfileKeys
{
    public const string Workloads = "workloads";
    public const string ConcurrentUsers = "concurrent_users";
    public const string BudgetUsd = "budget_usd";
    public const string Os = "os";
    public const string Privacy = "privacy";
    public const string AcceptUsed = "accept_used";
    public const string Circuit = "circuit";
    public const string ElectricityUsdPerKwh = "electricity_usd_per_kwh";
    public const string HoursPerDay = "hours_per_day";
    public const string GpuPowerLimitPercent = "gpu_power_limit_percent";
    public const string FineTuning = "fine_tuning";
    public const string OtherGpuWorkloads = "other_gpu_workloads";
    public const string EccRequired = "ecc_required";
    public const string Priorities = "priorities";
    public const string KvCache = "kv_cache";
    public const string Prices = "prices";

    public const string RunTogether = "run_together";
    public const string MinQuality = "min_quality";
    public const string Model = "model";

    /// <summary>A workload's model read from a Hugging Face config.json instead of a catalog id.</summary>
    public const string ModelFile = "model_file";
    public const string Quant = "quant";
    public const string ContextTokens = "context_tokens";
    public const string MinTokensPerSecond = "min_tokens_per_s";

    public static readonly IReadOnlyList<string> TopLevel =
    [
        Workloads, ConcurrentUsers, BudgetUsd, Os, Privacy, AcceptUsed, Circuit, ElectricityUsdPerKwh,
        HoursPerDay, GpuPowerLimitPercent, FineTuning, OtherGpuWorkloads, EccRequired, Priorities, KvCache,
        Prices, RunTogether, MinQuality,
    ];

    public static readonly IReadOnlyList<string> Workload = [Model, ModelFile, Quant, ContextTokens, MinTokensPerSecond];
}
