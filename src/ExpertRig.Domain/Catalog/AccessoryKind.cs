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

    /// <summary>An operating-system licence (Windows), bought with a build that runs it.</summary>
    OsLicence,
}
