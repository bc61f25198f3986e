namespace ExpertRig.Domain.Catalog;

/// <summary>A case from cases.yaml: which boards mount, how many and how long the GPUs can be.</summary>
public sealed record PcCase : ICatalogEntry
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <inheritdoc />
    public required string Name { get; init; }

    /// <summary>Motherboard sizes that mount.</summary>
    public required IReadOnlyList<FormFactor> FormFactors { get; init; }

    /// <summary>Longest GPU that fits, in millimetres.</summary>
    public required double MaxGpuLengthMm { get; init; }

    /// <summary>Rear expansion brackets.</summary>
    public required int ExpansionSlots { get; init; }

    /// <summary>Tallest air cooler that fits, in millimetres; null when not relevant (rack chassis).</summary>
    public double? MaxCpuCoolerHeightMm { get; init; }

    /// <summary>Airflow class.</summary>
    public required CaseAirflow Airflow { get; init; }

    /// <summary>Price in US dollars.</summary>
    public required ComponentPrice PriceUsd { get; init; }

    /// <inheritdoc />
    public required string Source { get; init; }

    /// <inheritdoc />
    public string? Note { get; init; }
}
