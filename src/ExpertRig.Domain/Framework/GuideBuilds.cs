using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Framework;

/// <summary>
/// Recognises the builds the guide's decision framework and GPU tier list speak of by their accelerators, so a build
/// the user checks (<c>expertrig check</c>) is judged like the configured archetype with the same hardware.
/// </summary>
public static class GuideBuilds
{
    /// <summary>Tier 1 (archetype <c>tier1-rtx5090</c>): one RTX 5090.</summary>
    public static bool IsTier1(Build build) => Has(build, "rtx-5090", 1);

    /// <summary>The NVLink pair (archetype <c>dual-rtx3090-nvlink</c>): two RTX 3090s with a bridge.</summary>
    public static bool IsDualRtx3090Nvlink(Build build) => Has(build, "rtx-3090", 2) && build.UsesNvlink;

    /// <summary>Tier 2 (archetype <c>tier2-dual-rtx5090</c>): two RTX 5090s.</summary>
    public static bool IsTier2(Build build) => Has(build, "rtx-5090", 2);

    /// <summary>Tier 3 (archetype <c>tier3-quad-l40s</c>): four L40S, or the guide's alternative of four RTX 6000 Ada.</summary>
    public static bool IsTier3(Build build) => Has(build, "l40s", 4) || Has(build, "rtx-6000-ada", 4);

    /// <summary>The basement server (archetype <c>eight-rtx3090</c>): eight RTX 3090s.</summary>
    public static bool IsEightRtx3090(Build build) => Has(build, "rtx-3090", 8);

    /// <summary>Any build on RTX 3090s, the end-of-life NVLink card.</summary>
    public static bool HasRtx3090(Build build) => build.Gpu?.Id == "rtx-3090";

    /// <summary>The value tier (archetype <c>single-rtx4090</c>): one RTX 4090.</summary>
    public static bool IsSingleRtx4090(Build build) => Has(build, "rtx-4090", 1);

    /// <summary>The professional 48 GB card (archetype <c>rtx6000-ada</c>): one RTX 6000 Ada.</summary>
    public static bool IsSingleRtx6000Ada(Build build) => Has(build, "rtx-6000-ada", 1);

    /// <summary>The datacenter card at a desk: one or two L40S (four is Tier 3).</summary>
    public static bool IsL40s(Build build) => Has(build, "l40s", 1) || Has(build, "l40s", 2);

    /// <summary>The open-source alternative (archetype <c>rx7900xtx</c>): RX 7900 XTX cards.</summary>
    public static bool IsRx7900Xtx(Build build) => build.Gpu?.Id == "rx-7900-xtx" && !build.IsUnified;

    /// <summary>One 96 GB workstation card (the RTX PRO 6000 Blackwell class, beyond the guide).</summary>
    public static bool IsSingle96GbCard(Build build) =>
        build is { IsUnified: false, GpuCount: 1, Gpu: { Class: GpuClass.Workstation, VramGb: >= 96 } };

    /// <summary>The DGX Spark (archetype <c>dgx-spark</c>).</summary>
    public static bool IsDgxSpark(Build build) => build.System?.Id == "dgx-spark" && !build.IsCluster;

    /// <summary>Two DGX Sparks joined over QSFP (a composed cluster): the guide's "up to 405B when two units are connected".</summary>
    public static bool IsDgxSparkCluster(Build build) => build.System?.Id == "dgx-spark" && build.IsCluster;

    /// <summary>An Apple Silicon Mac (archetype <c>mac-studio</c>, or a Mac mini).</summary>
    public static bool IsAppleSilicon(Build build) => build.System?.Vendor == "apple";

    /// <summary>What the build's GPUs cost (zero for a unified-memory system).</summary>
    public static double GpuCostUsd(Build build)
    {
        // A loop, not Where/Sum (dual-rtx3090-gpu-budget asks it in a condition): the same subtotals added in the same order.
        var components = build.Components;
        var total = 0.0;
        for (var i = 0; i < components.Count; i++)
        {
            if (components[i].Category == ComponentCategory.Gpu)
            {
                total += components[i].SubtotalUsd;
            }
        }

        return total;
    }

    /// <summary>What a whole-system budget leaves for GPUs once the build's other parts are paid for.</summary>
    public static double GpuBudgetUsd(Build build, double budgetUsd) => budgetUsd - (build.TotalPriceUsd - GpuCostUsd(build));

    private static bool Has(Build build, string gpuId, int count) =>
        !build.IsUnified && build.Gpu?.Id == gpuId && build.GpuCount == count;
}
