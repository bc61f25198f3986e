namespace ExpertRig.Domain.Builds;

/// <summary>
/// What the composer's trial configurations of one composition share, for one requirements and workload list: the
/// storage requirement depends on the options only through their usable accelerator memory, so it is sized once per
/// distinct figure; the RAM requirement of the option being tried is the one the composer already sized for it (when
/// it sized it from the workloads in the configurator's order).
/// </summary>
internal sealed class TrialSizing
{
    private readonly Dictionary<double, StorageRequirement> storage = [];

    /// <summary>The RAM requirement of the option being tried, when the composer sized it for the same ordered workloads; else null.</summary>
    public RamRequirement? Ram { get; set; }

    /// <summary>The storage requirement for <paramref name="acceleratorGb"/>, sized by <paramref name="size"/> the first time it is asked for.</summary>
    public StorageRequirement Storage(double acceleratorGb, Func<double, StorageRequirement> size)
    {
        if (!storage.TryGetValue(acceleratorGb, out var need))
        {
            need = size(acceleratorGb);
            storage.Add(acceleratorGb, need);
        }

        return need;
    }
}
