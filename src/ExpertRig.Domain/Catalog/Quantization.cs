using ExpertRig.Domain.Physics;
using YamlDotNet.Serialization;

namespace ExpertRig.Domain.Catalog;

/// <summary>A weight format from quants.yaml with its real bits per weight and measured quality loss.</summary>
public sealed record Quantization : ICatalogEntry
{
    /// <summary>Kebab-case id (q4-k-m); lookups also accept the conventional name (Q4_K_M).</summary>
    public required string Id { get; init; }

    /// <summary>Conventional name (Q4_K_M, EXL2 4.25 bpw, FP8 (E4M3)).</summary>
    public required string Name { get; init; }

    /// <summary>Format family, which decides the engines that load it.</summary>
    public required QuantFormat Format { get; init; }

    /// <summary>Effective bits per weight for sizing: 70B measurement, else 8B, else nominal.</summary>
    public required double BitsPerWeight { get; init; }

    /// <summary>Nominal bits per weight of the base block format.</summary>
    public required double BpwNominal { get; init; }

    /// <summary>Effective bits per weight measured on Llama 3 8B files.</summary>
    [YamlMember(Alias = "bpw_llama3_8b", ApplyNamingConventions = false)]
    public double? BpwLlama3For8B { get; init; }

    /// <summary>Effective bits per weight measured on Llama 3 70B files.</summary>
    [YamlMember(Alias = "bpw_llama3_70b", ApplyNamingConventions = false)]
    public double? BpwLlama3For70B { get; init; }

    /// <summary>Absolute perplexity increase over F16 on Llama 3 8B.</summary>
    [YamlMember(Alias = "ppl_delta_llama3_8b", ApplyNamingConventions = false)]
    public double? PplDeltaLlama3For8B { get; init; }

    /// <summary>Percent perplexity increase over F16 on Llama 3 70B.</summary>
    [YamlMember(Alias = "ppl_delta_pct_llama3_70b", ApplyNamingConventions = false)]
    public double? PplDeltaPctLlama3For70B { get; init; }

    /// <summary>The guide's "quality vs FP16" percentage range, where it gives one.</summary>
    public NumberRange? QualityVsFp16Pct { get; init; }

    /// <summary>Engines that run the format (written as the CLI spells them: llama.cpp, ollama, vllm, exllamav2, mlx).</summary>
    public required IReadOnlyList<InferenceEngine> Engines { get; init; }

    /// <inheritdoc />
    public required string Source { get; init; }

    /// <inheritdoc />
    public string? Note { get; init; }

    /// <summary>Bytes per weight for sizing (<see cref="BitsPerWeight"/> / 8).</summary>
    public double BytesPerWeight => BitsPerWeight / 8;
}
