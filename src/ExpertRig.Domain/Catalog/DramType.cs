namespace ExpertRig.Domain.Catalog;

/// <summary>System-memory generation; a CPU, its board and its RAM kit must agree on it.</summary>
public enum DramType
{
    /// <summary>DDR4.</summary>
    Ddr4,

    /// <summary>DDR5.</summary>
    Ddr5,
}
