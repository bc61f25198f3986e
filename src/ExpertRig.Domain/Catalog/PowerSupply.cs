using YamlDotNet.Serialization;

namespace ExpertRig.Domain.Catalog;

/// <summary>A power supply from psus.yaml.</summary>
public sealed record PowerSupply : ICatalogEntry
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <inheritdoc />
    public required string Name { get; init; }

    /// <summary>Rated continuous output in watts.</summary>
    public required double Watts { get; init; }

    /// <summary>80 PLUS rating.</summary>
    public required EfficiencyRating Efficiency { get; init; }

    /// <summary>ATX12V revision.</summary>
    public required AtxVersion AtxVersion { get; init; }

    /// <summary>Native 16-pin 12V-2x6 GPU outputs (600 W each).</summary>
    [YamlMember(Alias = "connectors_12v_2x6", ApplyNamingConventions = false)]
    public required int Connectors12V2x6 { get; init; }

    /// <summary>Price in US dollars.</summary>
    public required ComponentPrice PriceUsd { get; init; }

    /// <inheritdoc />
    public required string Source { get; init; }

    /// <inheritdoc />
    public string? Note { get; init; }
}
