using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Rules.Tests.Support;

namespace ExpertRig.Rules.Tests.Compatibility;

/// <summary>The guide's builds from real catalog parts, as the archetypes in rules/catalog/archetypes.yaml name them.</summary>
internal static class TestBuilds
{
    /// <summary>Tier 1: RTX 5090, Ryzen 9 9950X, ProArt X870E, 128 GB DDR5, HX1500i, NH-D15 G2, Torrent.</summary>
    public static PcSpec Tier1 { get; } = new()
    {
        Archetype = "tier1-rtx5090",
        Gpu = "rtx-5090",
        Cpu = "ryzen-9-9950x",
        Board = "proart-x870e-creator-wifi",
        Memory = "gskill-trident-z5-neo-128gb-ddr5-6000",
        Psu = "corsair-hx1500i",
        Cooler = "noctua-nh-d15-g2",
        Case = "fractal-torrent",
    };

    /// <summary>2 × used RTX 3090 bridged with the 3-slot bridge on the ProArt's slots 1 and 4.</summary>
    public static PcSpec DualRtx3090 { get; } = Tier1 with
    {
        Archetype = "dual-rtx3090-nvlink",
        Gpu = "rtx-3090",
        GpuCount = 2,
        Psu = "seasonic-prime-tx-1300",
        Accessories = [("nvlink-bridge-3090-3-slot", 1)],
        Nvlink = true,
        UsedGpus = true,
    };

    /// <summary>Tier 2: 2 × RTX 5090 on Threadripper 7960X / TRX50 with two synchronised 1,600 W PSUs.</summary>
    public static PcSpec Tier2 { get; } = new()
    {
        Archetype = "tier2-dual-rtx5090",
        Gpu = "rtx-5090",
        GpuCount = 2,
        Cpu = "tr-7960x",
        Board = "trx50-sage-wifi",
        Memory = "ddr5-5600-rdimm-64gb",
        Psu = "msi-meg-ai1600t-pcie5",
        PsuCount = 2,
        Cooler = "noctua-nh-u14s-tr5-sp6",
        Case = "thermaltake-core-p8-tg",
        Accessories = [("add2psu", 1)],
    };

    /// <summary>Tier 3: 4 × L40S on Threadripper PRO 7995WX / WRX90 in a 4U chassis, custom CPU loop, 2 PSUs.</summary>
    public static PcSpec Tier3 { get; } = new()
    {
        Archetype = "tier3-quad-l40s",
        Gpu = "l40s",
        GpuCount = 4,
        Cpu = "tr-pro-7995wx",
        Board = "wrx90e-sage-se",
        Memory = "kingston-fury-renegade-pro-256gb-ddr5-5600-rdimm",
        Psu = "bequiet-dark-power-pro-13-1600w",
        PsuCount = 2,
        Cooler = "ekwb-quantum-magnitude-str5-480",
        Case = "rackmount-4u-gpu-chassis",
        Accessories = [("add2psu", 1)],
    };

    /// <summary>A unified-memory system by its systems.yaml id.</summary>
    public static Build Unified(string systemId)
    {
        var system = TestKnowledge.Catalog.FindSystem(systemId);
        return new Build
        {
            Archetype = systemId,
            Title = system.Name,
            Source = "test",
            System = system,
            Components = [new BuildComponent(ComponentCategory.System, system.Id, system.Name, 1, ComponentPrice.UnitPrice(system.PriceUsd.Range), false, "test")],
        };
    }
}
