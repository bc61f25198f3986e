using System.Runtime.Serialization;

namespace ExpertRig.Domain.Catalog;

/// <summary>The link a drive uses, which caps its sequential read speed.</summary>
public enum StorageInterface
{
    /// <summary>PCIe 3.0 x4 NVMe (about 3.5 GB/s).</summary>
    [EnumMember(Value = "pcie-3.0-x4")]
    Pcie3X4,

    /// <summary>PCIe 4.0 x4 NVMe (about 7 GB/s).</summary>
    [EnumMember(Value = "pcie-4.0-x4")]
    Pcie4X4,

    /// <summary>PCIe 5.0 x4 NVMe (about 14 GB/s).</summary>
    [EnumMember(Value = "pcie-5.0-x4")]
    Pcie5X4,

    /// <summary>SATA 6 Gb/s.</summary>
    [EnumMember(Value = "sata-6g")]
    Sata6G,
}
