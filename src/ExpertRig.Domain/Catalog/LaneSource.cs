namespace ExpertRig.Domain.Catalog;

/// <summary>Where a slot's PCIe lanes come from; chipset lanes share one uplink to the CPU.</summary>
public enum LaneSource
{
    /// <summary>Lanes straight from the CPU.</summary>
    Cpu,

    /// <summary>Lanes from the chipset, behind its shared uplink.</summary>
    Chipset,
}
