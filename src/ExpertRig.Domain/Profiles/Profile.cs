namespace ExpertRig.Domain.Profiles;

/// <summary>
/// The user's requirements: what models they run, for how many people, under what budget, power and privacy
/// constraints. Every optional value is already resolved to its default (see <see cref="ProfileDefaults"/>).
/// </summary>
public sealed record Profile
{
    private readonly IReadOnlyList<Workload> workloads = Array.Empty<Workload>();
    private readonly IReadOnlyList<Priority> priorities = ProfileDefaults.Priorities;

    /// <summary>The models the user will run, in the order given (1 to 8).</summary>
    public required IReadOnlyList<Workload> Workloads
    {
        get => workloads;
        init => workloads = Array.AsReadOnly(value.ToArray());
    }

    /// <summary>
    /// Price ceiling for the whole system, in US dollars; <see cref="NoBudget"/> (infinity) when the profile sets none,
    /// and then no build is rejected for its price: the ranking weighs value.
    /// </summary>
    public double BudgetUsd { get; init; } = NoBudget;

    /// <summary>The budget of a profile without <c>budget_usd</c>: no ceiling.</summary>
    public const double NoBudget = double.PositiveInfinity;

    /// <summary>True when the profile sets a budget.</summary>
    public bool HasBudget => double.IsFinite(BudgetUsd);

    /// <summary>People generating tokens at the same time.</summary>
    public int ConcurrentUsers { get; init; } = ProfileDefaults.ConcurrentUsers;

    /// <summary>Operating system the machine must run.</summary>
    public OperatingSystemChoice Os { get; init; } = ProfileDefaults.Os;

    /// <summary>Whether the machine must be air-gapped.</summary>
    public Privacy Privacy { get; init; } = ProfileDefaults.Privacy;

    /// <summary>Whether used GPUs (and their used prices) are acceptable.</summary>
    public bool AcceptUsed { get; init; } = ProfileDefaults.AcceptUsed;

    /// <summary>The circuit the machine plugs into.</summary>
    public Circuit Circuit { get; init; } = ProfileDefaults.Circuit;

    /// <summary>Electricity price in US dollars per kWh.</summary>
    public double ElectricityUsdPerKwh { get; init; } = ProfileDefaults.ElectricityUsdPerKwh;

    /// <summary>Hours per day the machine runs inference.</summary>
    public double HoursPerDay { get; init; } = ProfileDefaults.HoursPerDay;

    /// <summary>
    /// The power limit the user sets on every discrete GPU, in percent of its rated board power (50–100; 100 is the
    /// stock limit). It lowers the cards' draw, the PSU and circuit the build needs, and the predicted speed
    /// (<see cref="Builds.GpuPowerLimit"/>).
    /// </summary>
    public int GpuPowerLimitPercent { get; init; } = Builds.GpuPowerLimit.StockPercent;

    /// <summary>The power limit as a value the configurator puts on each build.</summary>
    public Builds.GpuPowerLimit GpuPowerLimit => new(GpuPowerLimitPercent);

    /// <summary>Whether LoRA/QLoRA fine-tuning must run on the machine.</summary>
    public bool FineTuning { get; init; } = ProfileDefaults.FineTuning;

    /// <summary>Whether the machine also serves gaming, video or image generation.</summary>
    public bool OtherGpuWorkloads { get; init; } = ProfileDefaults.OtherGpuWorkloads;

    /// <summary>Whether ECC system memory is demanded.</summary>
    public bool EccRequired { get; init; } = ProfileDefaults.EccRequired;

    /// <summary>Element type of the KV cache every workload runs with (llama.cpp --cache-type-k/-v).</summary>
    public Physics.KvCacheType KvCache { get; init; } = ProfileDefaults.KvCache;

    /// <summary>True when the workloads stay loaded at once (the memory plan holds all of them); false when one runs at a time.</summary>
    public bool RunTogether { get; init; } = ProfileDefaults.RunTogether;

    /// <summary>
    /// The lowest quantization (catalog id) the recommender may choose when a workload leaves it open; null keeps the
    /// default quality floor of about 4 effective bits.
    /// </summary>
    public string? MinQuality { get; init; }

    /// <summary>What the ranking should favour, most important first; empty when none is stated.</summary>
    public IReadOnlyList<Priority> Priorities
    {
        get => priorities;
        init => priorities = Array.AsReadOnly(value.ToArray());
    }

    /// <summary>True when the user listed <paramref name="priority"/>.</summary>
    public bool HasPriority(Priority priority) => Priorities.Contains(priority);

    /// <summary>Value equality, comparing the workload and priority lists element by element.</summary>
    public bool Equals(Profile? other) =>
        other is not null
        && Workloads.SequenceEqual(other.Workloads)
        && BudgetUsd.Equals(other.BudgetUsd)
        && ConcurrentUsers == other.ConcurrentUsers
        && Os == other.Os
        && Privacy == other.Privacy
        && AcceptUsed == other.AcceptUsed
        && Circuit == other.Circuit
        && ElectricityUsdPerKwh.Equals(other.ElectricityUsdPerKwh)
        && HoursPerDay.Equals(other.HoursPerDay)
        && GpuPowerLimitPercent == other.GpuPowerLimitPercent
        && FineTuning == other.FineTuning
        && OtherGpuWorkloads == other.OtherGpuWorkloads
        && EccRequired == other.EccRequired
        && KvCache == other.KvCache
        && RunTogether == other.RunTogether
        && string.Equals(MinQuality, other.MinQuality, StringComparison.Ordinal)
        && Priorities.SequenceEqual(other.Priorities)
        && ImportedModels.Select(m => m.Id).SequenceEqual(other.ImportedModels.Select(m => m.Id), StringComparer.Ordinal);

    /// <summary>A hash consistent with <see cref="Equals(Profile?)"/>.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var workload in Workloads)
        {
            hash.Add(workload);
        }

        hash.Add(BudgetUsd);
        hash.Add(ConcurrentUsers);
        hash.Add(Os);
        hash.Add(Privacy);
        hash.Add(AcceptUsed);
        hash.Add(Circuit);
        hash.Add(ElectricityUsdPerKwh);
        hash.Add(HoursPerDay);
        hash.Add(GpuPowerLimitPercent);
        hash.Add(FineTuning);
        hash.Add(OtherGpuWorkloads);
        hash.Add(EccRequired);
        hash.Add(KvCache);
        hash.Add(RunTogether);
        hash.Add(MinQuality, StringComparer.Ordinal);
        foreach (var priority in Priorities)
        {
            hash.Add(priority);
        }

        return hash.ToHashCode();
    }

    /// <summary>The profile in its own words (os linux, circuit 20a-120v), for messages and the audit trail.</summary>
    public override string ToString() =>
        $"Profile ({Workloads.Count} workload(s), {(HasBudget ? Figures.Usd(BudgetUsd) : "no budget")}, {ConcurrentUsers} user(s), os {ProfileTokens.ToToken(Os)}, "
        + $"privacy {ProfileTokens.ToToken(Privacy)}, circuit {ProfileTokens.ToToken(Circuit)}"
        + (GpuPowerLimitPercent != Builds.GpuPowerLimit.StockPercent ? $", GPU power limit {GpuPowerLimitPercent}%" : "")
        + (Priorities.Count > 0 ? $", priorities {string.Join(", ", Priorities.Select(ProfileTokens.ToToken))})" : ")");

    /// <summary>
    /// The user's own prices for catalog parts (profile key <c>prices:</c>, or a <c>--prices</c> file), which replace
    /// the catalog's; empty when the user gives none.
    /// </summary>
    /// <summary>
    /// Models the workloads name by <c>model_file:</c> (a Hugging Face config.json), read when the profile is loaded;
    /// their ids are the workloads' <see cref="Workload.Model"/> and the consultation adds them to its catalog.
    /// </summary>
    public IReadOnlyList<Catalog.LanguageModel> ImportedModels { get; init; } = [];

    public IReadOnlyDictionary<string, Catalog.Prices.UserPrice> Prices { get; init; } =
        new Dictionary<string, Catalog.Prices.UserPrice>();
}
