using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// What the configurations of one consultation share, for one requirements, workload list (in index order) and
/// knowledge: the composer's trials and then the configure-build rule's templates. The storage requirement depends on
/// a build only through its usable accelerator memory, so it is sized once per distinct figure; the RAM requirement
/// depends on it only through its GPU model and count, so the one the composer sized for an option (when it sized it
/// from the workloads in the configurator's order) is reused by its trial and by a template of the same cards.
/// Both requirements are immutable records of pure functions of those inputs, so a figure found here is the one the
/// configurator would size again. Safe to share between threads.
/// </summary>
internal sealed class TrialSizing
{
    private readonly Dictionary<double, StorageRequirement> storage = [];
    private readonly Dictionary<(string Gpu, int Count), RamRequirement> ram = [];
    private readonly Lock gate = new();

    /// <summary>Records <paramref name="requirement"/> as the RAM <paramref name="count"/> × <paramref name="gpu"/> need (<see cref="RamSizing.ForConfiguration"/>).</summary>
    public void KnowRam(Gpu gpu, int count, RamRequirement requirement)
    {
        lock (gate)
        {
            ram.TryAdd((gpu.Id, count), requirement);
        }
    }

    /// <summary>The RAM requirement recorded for <paramref name="count"/> × <paramref name="gpu"/>; null when none was.</summary>
    public RamRequirement? KnownRam(Gpu gpu, int count)
    {
        lock (gate)
        {
            return ram.GetValueOrDefault((gpu.Id, count));
        }
    }

    /// <summary>The storage requirement for <paramref name="acceleratorGb"/> (<see cref="StorageSizing.For(double, Requirements, IReadOnlyList{WorkloadNeed}, Knowledge)"/>), sized the first time it is asked for.</summary>
    /// <remarks>The requirements, workloads (in index order) and knowledge must be the ones this sizing is for.</remarks>
    public StorageRequirement Storage(double acceleratorGb, Requirements requirements, IReadOnlyList<WorkloadNeed> needs, Knowledge knowledge)
    {
        lock (gate)
        {
            if (storage.TryGetValue(acceleratorGb, out var known))
            {
                return known;
            }
        }

        var need = StorageSizing.For(acceleratorGb, requirements, needs, knowledge);
        lock (gate)
        {
            return storage.TryAdd(acceleratorGb, need) ? need : storage[acceleratorGb];
        }
    }
}
