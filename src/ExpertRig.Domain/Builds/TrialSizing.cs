using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// What the configurations of one consultation share, for one requirements, workload list (in index order) and
/// knowledge: the composer's trials and then the configure-build rule's templates. The storage requirement depends on
/// a build only through its usable accelerator memory, and on that only through which workloads of an open
/// quantization could keep their 16-bit file (<see cref="StorageSizing.PlausibleQuant"/>: its weights fit), so it is
/// sized once per such set of workloads; the RAM requirement
/// depends on it only through its GPU model and count, so the one the composer sized for an option (when it sized it
/// from the workloads in the configurator's order) is reused by its trial and by a template of the same cards.
/// Both requirements are immutable records of pure functions of those inputs, so a figure found here is the one the
/// configurator would size again. Safe to share between threads.
/// </summary>
internal sealed class TrialSizing
{
    private readonly Dictionary<ulong, StorageRequirement> storage = [];

    // Per workload, in order: the 16-bit file's GB, from which accelerator memory it is the file counted; NaN for a
    // workload with its quantization given (never compared true). Worked out at the first storage question.
    private double[]? sixteenBitGb;
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
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(knowledge);
        ulong key;
        double[] thresholds;
        lock (gate)
        {
            // StorageSizing.For reads the accelerator GB only in "16-bit weights ≤ accelerator GB" for each workload of
            // an open quantization, the same comparison as here: workloads whose answer is the same set size alike.
            thresholds = sixteenBitGb ??= SixteenBitGb(needs, knowledge.Catalog);
            if (thresholds.Length > 64)
            {
                key = ulong.MaxValue;
            }
            else
            {
                key = 0;
                for (var i = 0; i < thresholds.Length; i++)
                {
                    if (thresholds[i] <= acceleratorGb)
                    {
                        key |= 1UL << i;
                    }
                }

                if (storage.TryGetValue(key, out var known))
                {
                    return known;
                }
            }
        }

        var need = StorageSizing.For(acceleratorGb, requirements, needs, knowledge);
        if (thresholds.Length > 64)
        {
            return need; // more workloads than the key has bits: sized every time
        }

        lock (gate)
        {
            return storage.TryAdd(key, need) ? need : storage[key];
        }
    }

    private static double[] SixteenBitGb(IReadOnlyList<WorkloadNeed> needs, Catalog.Catalog catalog)
    {
        var gb = new double[needs.Count];
        Quantization? unquantized = null;
        for (var i = 0; i < gb.Length; i++)
        {
            gb[i] = needs[i].Quant is null
                ? WorkloadMemory.WeightsGb(needs[i].Model, unquantized ??= Predictions.QuantLadder.Unquantized(catalog))
                : double.NaN;
        }

        return gb;
    }
}
