using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Builds.Composition;

/// <summary>
/// An optimistic decode speed for pruning: every active weight read once per token at the cards' summed bandwidth
/// (as if tensor-parallel with no overhead), the part that does not fit read at the fastest system RAM in the catalog,
/// at the quality floor's bits per weight (or the requested quantization's). No real build is faster, so an option whose
/// ceiling misses a speed need cannot meet it, and dropping it never drops a feasible build.
/// </summary>
public static class SpeedCeiling
{
    /// <summary>Bits per weight of the quality floor (about 4 effective bits: IQ4_XS / Q4_K class).</summary>
    public const double FloorBits = 4.0;

    internal static double TokensPerSecond(AcceleratorOption option, WorkloadNeed need, double fastestRamGbs, PhysicsConstants physics)
    {
        var bits = need.Quant?.BitsPerWeight ?? FloorBits;
        var activeGb = need.Model.ParamsActiveB * bits / 8;
        var totalGb = need.Model.ParamsTotalB * bits / 8;
        var usable = Math.Max(WorkloadMemory.UsableGb(option.Gpu, option.Count, physics), 0);
        var spilled = totalGb <= usable ? 0 : (totalGb - usable) / totalGb;
        var seconds = ((1 - spilled) * activeGb / (option.Count * option.Gpu.BandwidthGbs)) + (spilled * activeGb / fastestRamGbs);
        return 1 / seconds;
    }
}
