namespace ExpertRig.Domain.Catalog;

/// <summary>The market a GPU is built for, which decides its cooler, ECC and support channel.</summary>
public enum GpuClass
{
    /// <summary>GeForce/Radeon desktop cards.</summary>
    Consumer,

    /// <summary>Professional workstation cards (RTX A/Ada/PRO series).</summary>
    Workstation,

    /// <summary>Server cards, usually passively cooled.</summary>
    Datacenter,
}
