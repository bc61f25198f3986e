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

    /// <summary>The host whose RAM holds routed experts (rows measured with --n-cpu-moe); null when everything was on the accelerators.</summary>
    public HostSpec? Host { get; init; }

    /// <summary>llama.cpp's --n-cpu-moe of the measurement; null when none was given.</summary>
    public int? CpuMoeLayers { get; init; }

    /// <summary>True for a measurement with routed experts in system RAM.</summary>
    public bool ExpertsInRam => Host is not null;

    /// <summary>True for one accelerator holding everything (the rows the decode constants are fitted on).</summary>
    public bool IsSingleDevice => Count == 1 && !ExpertsInRam;

    /// <summary>True for a mixture of experts.</summary>
    public bool IsMixtureOfExperts => Model.IsMixtureOfExperts;

    public string Label => $"{Device.Name}{(Device.Backend is Backend.Vulkan or Backend.Sycl || (Device.Backend == Backend.Rocm && Device.Class == DeviceClass.AmdUnified) ? $" ({BackendNames.Display(Device.Backend.Value)})" : string.Empty)}{(Count > 1 ? $" ×{Count}" : string.Empty)}, {ModelId} {Weights.Name}{(PositionTokens == 256 ? string.Empty : $" @{PositionTokens}")}{(CpuMoeLayers is { } n ? $" --n-cpu-moe {n}, RAM {Host!.RamBandwidthGbs} GB/s" : string.Empty)}{(Engine == InferenceEngine.LlamaCpp ? string.Empty : $" ({EngineNames.Display(Engine)})")}";

    /// <summary>The scenario the measurement ran: llama-bench sizes the cache to the tokens it generates.</summary>
    public InferenceScenario Scenario() =>
        new(Model, Weights, Enumerable.Repeat(Device, Count).ToList(), Engine, ContextTokens: PositionTokens + 512, Users: 1, Host: Host)
        {
            DecodePositionTokens = PositionTokens,
            ExpertOffload = CpuMoeLayers is { } n ? ExpertOffload.Fixed(n) : ExpertOffload.Auto,
        };
}

/// <summary>A measured prompt-processing speed.</summary>
public sealed record PromptMeasurement(DeviceSpec Device, ModelArchitecture Model, WeightFormat Weights, int PromptTokens, double TokensPerSecond, string Source)
{
    public string ModelId { get; init; } = "model";

    /// <summary>Tokens already in the cache when the prompt was processed (llama-bench -d); 0 for most rows.</summary>
    public int DepthTokens { get; init; }

    public string Label => $"{Device.Name}{(Device.Backend is { } b && b != Backend.Cuda && b != Backend.Metal ? $" ({BackendNames.Display(b)})" : string.Empty)}, {ModelId} {Weights.Name} pp{PromptTokens}{(DepthTokens > 0 ? $" @{DepthTokens}" : string.Empty)}";

    public InferenceScenario Scenario() => new(Model, Weights, [Device], ContextTokens: DepthTokens + PromptTokens + 512) { PromptTokens = PromptTokens, PromptDepthTokens = DepthTokens };
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
