namespace ExpertRig.Domain.Catalog;

/// <summary>DIMM type; workstation and server platforms take registered modules only.</summary>
public enum MemoryModuleKind
{
    /// <summary>Unbuffered desktop DIMM.</summary>
    Udimm,

    /// <summary>Registered DIMM (always ECC).</summary>
    Rdimm,

    /// <summary>Load-reduced DIMM (always ECC), for the largest server capacities.</summary>
    Lrdimm,
}
