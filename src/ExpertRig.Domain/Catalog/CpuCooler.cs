namespace ExpertRig.Domain.Catalog;

/// <summary>A CPU cooler from coolers.yaml.</summary>
public sealed record CpuCooler : ICatalogEntry
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <inheritdoc />
    public required string Name { get; init; }

    /// <summary>Air, AIO or custom loop.</summary>
    public required CoolerKind Kind { get; init; }

    /// <summary>Catalogued CPU sockets it mounts on.</summary>
    public required IReadOnlyList<string> Sockets { get; init; }

    /// <summary>Sustained CPU power it handles in watts (a class estimate where the maker gives none).</summary>
    public required double RatedW { get; init; }

    /// <summary>Height in millimetres for air coolers (case clearance).</summary>
    public double? HeightMm { get; init; }

    /// <summary>Radiator length in millimetres for liquid coolers.</summary>
    public double? RadiatorMm { get; init; }

    /// <summary>
    /// CPUs (cpus.yaml ids) that ship with this cooler in the box, such as AMD's Wraith Stealth with the Ryzen 5 5600:
    /// the CPU's price includes it, so its own price is zero, and the maker's bundling makes it sufficient for that CPU
    /// at stock settings whatever <see cref="RatedW"/> says.
    /// </summary>
    public IReadOnlyList<string>? BundledWith { get; init; }

    /// <summary>True when the cooler comes in the box of <paramref name="cpu"/>.</summary>
    public bool ComesWith(Cpu cpu) => BundledWith?.Contains(cpu.Id, StringComparer.Ordinal) == true;

    /// <summary>Price in US dollars.</summary>
    public required ComponentPrice PriceUsd { get; init; }

    /// <inheritdoc />
    public required string Source { get; init; }

    /// <inheritdoc />
    public string? Note { get; init; }
}
