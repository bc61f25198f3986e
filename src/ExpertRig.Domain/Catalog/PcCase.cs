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

    /// <summary>
    /// Board power from which an open-air card needs a high-airflow case: the RTX 3090's 350 W, the smallest of the
    /// cards the guide names (§ GPU cooling: "Triple-fan open-air (consumer cards: RTX 5090, 4090, 3090) ... handle AI
    /// inference adequately provided your case has strong positive airflow ... at least three 120mm or two 140mm intake
    /// fans"). Dual-fan budget cards (RTX 3060 12GB 170 W, RTX 4060 Ti 165 W) are not among them.
    /// </summary>
    public const double StrongAirflowFromW = 350;

    /// <summary>
    /// True when the case moves enough air for <paramref name="gpu"/>: a passive card needs a server fan wall, an
    /// open-air card of <see cref="StrongAirflowFromW"/> or more a high-airflow (or server) case; anything else fits any.
    /// </summary>
    public bool Cools(Gpu gpu)
    {
        ArgumentNullException.ThrowIfNull(gpu);
        return gpu.Cooler switch
        {
            GpuCooler.Passive => Airflow == CaseAirflow.Server,
            GpuCooler.OpenAir when gpu.BoardPowerW >= StrongAirflowFromW => Airflow is CaseAirflow.High or CaseAirflow.Server,
            _ => true,
        };
    }

    /// <inheritdoc />
    public required string Source { get; init; }

    /// <inheritdoc />
    public string? Note { get; init; }
}
