using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Tests.Physics;

/// <summary>A measured single-stream decode speed.</summary>
public sealed record DecodeMeasurement(
    DeviceSpec Device,
    int Count,
    ModelArchitecture Model,
    WeightFormat Weights,
    InferenceEngine Engine,
    int PositionTokens,
    double TokensPerSecond,
    string Source,
    string? Note)
{
    public string ModelId { get; init; } = "model";

    public bool IsSingleDevice => Count == 1;

    public string Label => $"{Device.Name}{(Count > 1 ? $" ×{Count}" : string.Empty)}, {ModelId} {Weights.Name}{(PositionTokens == 256 ? string.Empty : $" @{PositionTokens}")}{(Engine == InferenceEngine.LlamaCpp ? string.Empty : $" ({EngineNames.Display(Engine)})")}";

    /// <summary>The scenario the measurement ran: llama-bench sizes the cache to the tokens it generates.</summary>
    public InferenceScenario Scenario() =>
        new(Model, Weights, Enumerable.Repeat(Device, Count).ToList(), Engine, ContextTokens: PositionTokens + 512, Users: 1)
        {
            DecodePositionTokens = PositionTokens,
        };
}

/// <summary>A measured prompt-processing speed.</summary>
public sealed record PromptMeasurement(DeviceSpec Device, ModelArchitecture Model, WeightFormat Weights, int PromptTokens, double TokensPerSecond, string Source)
{
    public string ModelId { get; init; } = "model";

    public string Label => $"{Device.Name}, {ModelId} {Weights.Name} pp{PromptTokens}";

    public InferenceScenario Scenario() => new(Model, Weights, [Device], ContextTokens: PromptTokens + 512);
}

/// <summary>A measured aggregate decode speed of parallel sequences.</summary>
public sealed record BatchedMeasurement(
    DeviceSpec Device,
    ModelArchitecture Model,
    WeightFormat Weights,
    int PromptTokens,
    int GeneratedTokens,
    int Sequences,
    double AggregateTokensPerSecond,
    string Source)
{
    public string ModelId { get; init; } = "model";

    public string Label => $"{Device.Name}, {ModelId} {Weights.Name}, {Sequences} seq × {PromptTokens}-token prompts";

    public InferenceScenario Scenario() =>
        new(Model, Weights, [Device], ContextTokens: PromptTokens + GeneratedTokens, Users: Sequences)
        {
            DecodePositionTokens = PromptTokens + (GeneratedTokens / 2),
        };
}
