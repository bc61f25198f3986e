namespace ExpertRig.Domain.Catalog;

/// <summary>How much air a case moves through its GPU area.</summary>
public enum CaseAirflow
{
    /// <summary>Glass or solid panels; depends on the fans fitted.</summary>
    Medium,

    /// <summary>Mesh front and several intake fans.</summary>
    High,

    /// <summary>High-static-pressure fan wall, required for passive datacenter cards.</summary>
    Server,
}
