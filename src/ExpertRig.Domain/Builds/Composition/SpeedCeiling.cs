using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Predictions;

namespace ExpertRig.Domain.Builds.Composition;

/// <summary>
/// An optimistic decode speed for pruning, at the quality floor's bits per weight (or the requested quantization's).
/// When the weights fit in GPU memory, every active weight is read once per token at the cards' summed bandwidth (as
/// if tensor-parallel with no overhead). When they do not, the build must offload, and only layer split offloads
/// (llama.cpp; tensor parallelism cannot, <c>MemoryPlanner</c>): the cards then read their layers one after another,
/// so the part in GPU memory is read at one card's bandwidth, not the sum (at the best efficiency any calibrated
/// backend of the card's class reaches), every layer pays the smallest per-layer cost of those backends, the hand-off
/// to the CPU one layer-split hop; and for a dense model the part in system RAM is read at the calibrated CPU share
/// (<c>cpu_bandwidth_efficiency</c>, the factor the decode estimate itself applies) of the most RAM bandwidth the
/// platform can have (<see cref="Platform.RamGbs"/>). A mixture of experts keeps the full RAM bandwidth: its routed experts, not
/// whole layers, stay in RAM, so the share of active bytes there differs from the share of all bytes. No real build
/// is faster — the estimate adds per-layer costs, hand-offs, device efficiencies and the KV cache on top — so an option
/// whose ceiling misses a speed need cannot meet it, and dropping it never drops a feasible build.
/// </summary>
public static class SpeedCeiling
{
    /// <summary>Bits per weight of the quality floor (about 4 effective bits: IQ4_XS / Q4_K class).</summary>
    public const double FloorBits = 4.0;

    internal static double TokensPerSecond(AcceleratorOption option, WorkloadNeed need, double fastestRamGbs, PhysicsConstants physics) =>
        TokensPerSecond(option, need, fastestRamGbs, physics, WorkloadMemory.UsableGb(option.Gpu, option.Count, physics));

    /// <summary>The ceilings of <paramref name="option"/> for every need, in order, with the part in RAM read at <paramref name="ramGbs"/>.</summary>
    /// <param name="usableGb">The option's <see cref="WorkloadMemory.UsableGb(Catalog.Gpu, int, PhysicsConstants)"/>, worked out once by the caller.</param>
    internal static double[] TokensPerSecond(AcceleratorOption option, IReadOnlyList<WorkloadNeed> needs, double ramGbs, PhysicsConstants physics, double usableGb)
    {
        var ceilings = new double[needs.Count];
        for (var i = 0; i < ceilings.Length; i++)
        {
            ceilings[i] = TokensPerSecond(option, needs[i], ramGbs, physics, usableGb);
        }

        return ceilings;
    }

    /// <summary>The index of the first need whose speed floor its ceiling misses; −1 when every ceiling meets its need.</summary>
    internal static int FirstMissed(IReadOnlyList<WorkloadNeed> needs, double[] ceilings)
    {
        for (var i = 0; i < ceilings.Length; i++)
        {
            if (needs[i].MinTokensPerSecond is { } min && ceilings[i] < min)
            {
                return i;
            }
        }

        return -1;
    }

    /// <param name="option">The option.</param>
    /// <param name="need">The workload.</param>
    /// <param name="fastestRamGbs">The RAM bandwidth the spilled part is read at.</param>
    /// <param name="physics">The physics constants.</param>
    /// <param name="usableGb">The option's <see cref="WorkloadMemory.UsableGb(Catalog.Gpu, int, PhysicsConstants)"/> (the same option and physics).</param>
    internal static double TokensPerSecond(AcceleratorOption option, WorkloadNeed need, double fastestRamGbs, PhysicsConstants physics, double usableGb)
    {
        var bits = need.Quant?.BitsPerWeight ?? FloorBits;
        var activeGb = need.Model.ParamsActiveB * bits / 8;
        var totalGb = need.Model.ParamsTotalB * bits / 8;
        var usable = Math.Max(usableGb, 0);
        if (totalGb <= usable)
        {
            return option.Count * option.Gpu.BandwidthGbs / activeGb;
        }

        // Layer split (the only placement that offloads): the cards stream their layers in turn at the best
        // bandwidth efficiency any calibrated backend of their class reaches, every layer pays at least the smallest
        // fixed per-layer cost of those backends, and the hand-off to the CPU's layers costs at least one hop.
        var spilled = (totalGb - usable) / totalGb;
        var classes = physics.For(CatalogDevices.ClassOf(option.Gpu)); // the class ForGpu gives the card, without making its device spec
        var (bestEfficiency, leastPerLayerUs) = (classes.BandwidthEfficiency, classes.PerLayerOverheadMicroseconds);
        foreach (var backend in classes.OtherBackends)
        {
            bestEfficiency = Math.Max(bestEfficiency, backend.BandwidthEfficiency);
            leastPerLayerUs = Math.Min(leastPerLayerUs, backend.PerLayerOverheadMicroseconds);
        }

        var efficiency = Math.Min(1, bestEfficiency);
        var perLayerSeconds = leastPerLayerUs * 1e-6;
        var ramGbs = fastestRamGbs * (WholeLayersSpill(need) ? physics.Decode.CpuBandwidthEfficiency : 1);
        var seconds = ((1 - spilled) * activeGb / (efficiency * option.Gpu.BandwidthGbs)) + (spilled * activeGb / ramGbs)
            + (need.Model.Layers * perLayerSeconds) + (physics.Decode.LayerSplitHopMilliseconds * 1e-3);
        return 1 / seconds;
    }

    /// <summary>True when what does not fit goes to RAM as whole layers (a dense model), read at the CPU's calibrated share of the bandwidth.</summary>
    private static bool WholeLayersSpill(WorkloadNeed need) => need.Model.ParamsActiveB >= need.Model.ParamsTotalB;

    /// <summary>The sentence for an option whose ceiling misses a need.</summary>
    internal static string Reason(AcceleratorOption option, WorkloadNeed need, double ceiling, PhysicsConstants physics, double? ramGbs = null)
    {
        var bits = need.Quant?.BitsPerWeight ?? FloorBits;
        var totalGb = need.Model.ParamsTotalB * bits / 8;
        var usable = Math.Max(WorkloadMemory.UsableGb(option.Gpu, option.Count, physics), 0);
        var needed = Figures.Speed(need.MinTokensPerSecond!.Value);
        if (totalGb <= usable)
        {
            return $"even at full memory bandwidth {need.Model.Name} would decode at most {Figures.Speed(ceiling)} tok/s, below the {needed} tok/s needed.";
        }

        var bandwidth = ramGbs is { } gbs ? $" of the {Figures.Number(gbs, 0)} GB/s its RAM kits give" : " of its bandwidth";
        var ram = WholeLayersSpill(need) ? $" and the rest from system RAM at {Figures.Percent(physics.Decode.CpuBandwidthEfficiency)}{bandwidth}" : $" and the rest from system RAM{(ramGbs is { } at ? $" at {Figures.Number(at, 0)} GB/s" : string.Empty)}";
        return $"{Figures.Gb(totalGb - usable)} of {need.Model.Name} spills out of GPU memory, so the cards read their layers in turn (layer split, the only way to offload){ram}: at most {Figures.Speed(ceiling)} tok/s, below the {needed} tok/s needed.";
    }
}
