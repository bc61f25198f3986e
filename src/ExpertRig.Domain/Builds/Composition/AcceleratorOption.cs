using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds.Composition;

/// <summary>
/// One accelerator choice before the platform is completed: a GPU model × count, new or used, bridged in NVLink pairs
/// or not, with the cheap bounds the pruning reads (the price of the GPUs, their usable memory, and the
/// bandwidth-ceiling decode speed per workload).
/// </summary>
internal sealed record AcceleratorOption(Gpu Gpu, int Count, bool Used, bool Nvlink = false)
{
    /// <summary>NVLink pairs the option bridges (one bridge each).</summary>
    public int NvlinkPairs => Nvlink ? Count / 2 : 0;

    /// <summary>Price of the GPUs alone at the middle of the range they are bought in.</summary>
    public double GpuPriceUsd => Count * ComponentPrice.UnitPrice(Used ? Gpu.PriceUsd.Used! : Gpu.PriceUsd.New!);

    /// <summary>The option as a buyer names it.</summary>
    public string Label => $"{Count}× {ShortName(Gpu)} ({(Used ? "used" : "new")}){(Nvlink ? " with NVLink" : string.Empty)}";

    /// <summary>The card's name without the maker's brand words: "RTX 4090", "RX 7900 XTX".</summary>
    public static string ShortName(Gpu gpu) =>
        gpu.Name.Replace("NVIDIA ", string.Empty, StringComparison.Ordinal)
            .Replace("GeForce ", string.Empty, StringComparison.Ordinal)
            .Replace("AMD ", string.Empty, StringComparison.Ordinal)
            .Replace("Radeon ", string.Empty, StringComparison.Ordinal);
}
