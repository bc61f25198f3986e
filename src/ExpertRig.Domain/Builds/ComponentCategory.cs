namespace ExpertRig.Domain.Builds;

/// <summary>The kind of part a bill of materials line is (JSON: lowercase, e.g. "gpu", "psu").</summary>
public enum ComponentCategory
{
    /// <summary>A discrete GPU.</summary>
    Gpu,

    /// <summary>A complete unified-memory system (DGX Spark, Mac Studio, Mac mini).</summary>
    System,

    /// <summary>The processor.</summary>
    Cpu,

    /// <summary>The motherboard.</summary>
    Motherboard,

    /// <summary>A RAM kit.</summary>
    Memory,

    /// <summary>An NVMe or archive drive.</summary>
    Storage,

    /// <summary>A power supply.</summary>
    Psu,

    /// <summary>The CPU cooler.</summary>
    Cooler,

    /// <summary>The case.</summary>
    Case,

    /// <summary>NVLink bridge, Add2PSU adapter, custom loop …</summary>
    Accessory,
}
