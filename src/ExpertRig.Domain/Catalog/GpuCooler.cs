namespace ExpertRig.Domain.Catalog;

/// <summary>How a GPU is cooled, which decides how closely cards can be stacked and what airflow the case needs.</summary>
public enum GpuCooler
{
    /// <summary>Axial fans that blow heat into the case; needs space between cards.</summary>
    OpenAir,

    /// <summary>Radial fan that exhausts out of the rear bracket; stacks well.</summary>
    Blower,

    /// <summary>No fan: the chassis must force air through the heatsink.</summary>
    Passive,
}
