namespace ExpertRig.Advisor.View;

/// <summary>One workload's prediction on a build; decode speeds are per user unless named aggregate.</summary>
public sealed record WorkloadView(
    string Model,
    string Quant,
    string Engine,
    bool FitsInVram,
    bool Runs,
    double OffloadFraction,
    double DecodeTokensPerS,
    double DecodeTokensPerSAggregate,
    double PromptTokensPerS,
    double WeightsGb,
    double KvCacheGb,
    double TotalMemoryGb,
    double? LoadSeconds,
    string Bound,
    int ContextTokens,
    double? MinTokensPerS,
    bool MeetsSpeed,
    string? QualityVsFp16,
    string ModelName,
    int OffloadedLayers,
    int Layers,
    double SystemRamUsedGb,
    string? Problem)
{
    /// <summary>The backend the prediction assumes the engine is built with (CUDA, ROCm, Vulkan, Metal, SYCL).</summary>
    public string Backend { get; init; } = "";
}
