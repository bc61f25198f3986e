using System.Runtime.Serialization;

namespace ExpertRig.Domain.Catalog;

/// <summary>What an accessory does.</summary>
public enum AccessoryKind
{
    /// <summary>NVLink bridge joining two GPUs.</summary>
    NvlinkBridge,

    /// <summary>Board that switches a second PSU on with the first.</summary>
    [EnumMember(Value = "add2psu")]
    Add2Psu,

    /// <summary>Custom water loop with full-cover GPU blocks.</summary>
    GpuWaterLoop,

    /// <summary>PCIe x16 riser cable: a card hangs on it from its slot (an open frame).</summary>
    RiserCable,

    /// <summary>Passive adapter that splits a bifurcated x16 slot x8/x8 into two slots for riser cables.</summary>
    BifurcationAdapter,

    /// <summary>An operating-system licence (Windows), bought with a build that runs it.</summary>
    OsLicence,

    /// <summary>The direct-attach cable that joins two unified systems into a cluster (a QSFP cable between two DGX Sparks).</summary>
    ClusterCable,
}
