namespace ExpertRig.Domain.Catalog;

/// <summary>CPU cooler construction.</summary>
public enum CoolerKind
{
    /// <summary>Heatsink and fans.</summary>
    Air,

    /// <summary>All-in-one closed liquid loop.</summary>
    Aio,

    /// <summary>Custom water loop with a separate pump and radiator.</summary>
    CustomLoop,
}
