using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;

namespace ExpertRig.Advisor.View;

/// <summary>
/// Where the guide says to buy each part (guide § "Buying Guide: Where to Purchase and What to Watch For", the DGX Spark
/// and Threadripper Pro sections); parts it says nothing about go to any retailer.
/// </summary>
internal static class PurchaseChannels
{
    private const string Retail = "Major US retailers: Newegg, B&H, Adorama, Best Buy (guide § Buying Guide)";

    // Extra advice the guide gives for one card model, keyed by catalog id.
    private static readonly Dictionary<string, string> NewGpuAdvice = new(StringComparer.Ordinal)
    {
        ["rtx-5090"] = "Newegg, B&H, Adorama or Best Buy in irregular batches: set NowInStock.net alerts; Founders Edition drops at store.nvidia.com (guide § RTX 5090 Supply Situation)",
        ["rtx-4090"] = "B&H, Newegg, or Amazon Warehouse Deals for open-box units (guide § RTX 4090 Value Assessment)",
    };

    /// <summary>The channel for one bill-of-materials line of <paramref name="build"/>.</summary>
    public static string For(Build build, BuildComponent line) => line.Category switch
    {
        ComponentCategory.Gpu when build.Gpu is { } gpu => ForGpu(gpu, line.Used),
        ComponentCategory.System when build.System is { } system => ForSystem(system),
        ComponentCategory.Cpu when build.Cpu is { } cpu && cpu.Name.Contains("Threadripper PRO", StringComparison.OrdinalIgnoreCase) =>
            "Authorized resellers and system integrators; no public MSRP (guide § Threadripper Pro 9995WX)",
        ComponentCategory.Accessory when build.Accessories.FirstOrDefault(a => a.Id == line.Id) is { Kind: AccessoryKind.NvlinkBridge } =>
            "New, from NVIDIA-authorized resellers (guide § Used RTX 3090 for NVLink Builds)",
        _ => "Any retailer: the guide names no channel for this part",
    };

    private static string ForGpu(Gpu gpu, bool used) => (used, gpu.Class) switch
    {
        (true, GpuClass.Consumer) => gpu.Nvlink
            ? "Used: eBay, Craigslist or Facebook Marketplace; check the gold NVLink contacts on the top edge for damage (guide § Used RTX 3090 for NVLink Builds)"
            : "Used: eBay, Craigslist or Facebook Marketplace (guide § Used RTX 3090 for NVLink Builds)",
        (true, _) => "Used: eBay, from data-center liquidations (guide § Professional GPU Channels)",
        (false, GpuClass.Consumer) => NewGpuAdvice.GetValueOrDefault(gpu.Id, Retail),
        _ => "NVIDIA's professional resellers (Microway, Silicon Mechanics; Puget Systems for complete systems), 2–6 weeks lead time (guide § Professional GPU Channels)",
    };

    private static string ForSystem(UnifiedMemorySystem system) => system.Vendor.ToLowerInvariant() switch
    {
        "apple" => "apple.com, configured to order (Apple's list price; check it before buying)",
        "nvidia" => "Directly from NVIDIA, Founder's Edition (guide § The NVIDIA DGX Spark: direct consumer purchase)",
        _ => "Any retailer: the guide names no channel for this system",
    };
}
