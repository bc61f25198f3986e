namespace ExpertRig.Domain.Physics;

/// <summary>The physics model's answer for one <see cref="InferenceScenario"/>: memory, fit, speeds and the assumptions behind them.</summary>
/// <param name="Runs">True when the model fits on the accelerators or its remainder can be offloaded.</param>
/// <param name="Fits">True when every layer fits in accelerator memory (no offload).</param>
/// <param name="Problem">Why it does not run; null when it runs (the estimator gives its plan's sentence, written when read).</param>
/// <param name="WeightsGb">Weights in memory (every expert of an MoE).</param>
/// <param name="KvCacheGb">KV cache for every user's full context window.</param>
/// <param name="TotalMemoryGb">Weights, KV cache, runtime overheads and compute buffers over all devices and system RAM.</param>
/// <param name="PerDevice">What each accelerator holds.</param>
/// <param name="OffloadedLayers">Layers kept in system RAM.</param>
/// <param name="OffloadFraction">Offloaded layers ÷ all layers.</param>
/// <param name="SystemRamUsedGb">Offloaded weights and KV cache in system RAM.</param>
/// <param name="DecodeTokensPerSecondPerUser">Tokens per second each user sees while all users decode at once.</param>
/// <param name="DecodeTokensPerSecondAggregate">Tokens per second summed over all users.</param>
/// <param name="PromptTokensPerSecond">Prompt processing speed of one user's prompt.</param>
/// <param name="CeilingTokensPerSecond">Physical ceiling of single-user decode: bandwidth ÷ bytes per token, no overheads.</param>
/// <param name="BytesReadPerTokenGb">Bytes one user's token streams: active weights plus the KV cache at the decode position.</param>
/// <param name="Bound">What limits decode.</param>
/// <param name="DecodeTime">Where the time of one decode step goes.</param>
/// <param name="LoadSeconds">Time to read the weights from storage; null when the drive speed is unknown.</param>
/// <param name="Parallelism">The multi-GPU strategy assumed.</param>
/// <param name="DecodePositionTokens">KV cache position the decode speed is given for.</param>
/// <param name="Assumptions">Every assumption the numbers rely on, with its source.</param>
public sealed record InferenceEstimate(
    bool Runs,
    bool Fits,
    string? Problem,
    double WeightsGb,
    double KvCacheGb,
    double TotalMemoryGb,
    IReadOnlyList<DeviceMemoryUse> PerDevice,
    int OffloadedLayers,
    double OffloadFraction,
    double SystemRamUsedGb,
    double DecodeTokensPerSecondPerUser,
    double DecodeTokensPerSecondAggregate,
    double PromptTokensPerSecond,
    double CeilingTokensPerSecond,
    double BytesReadPerTokenGb,
    PerformanceBound Bound,
    DecodeTimeBreakdown DecodeTime,
    double? LoadSeconds,
    ParallelismMode Parallelism,
    int DecodePositionTokens,
    IReadOnlyList<Assumption> Assumptions)
{
    // Why it does not run, given or written when first read (issue 11: a consultation makes many estimates that do
    // not run, and reads few of their sentences). A DeferredText compares by its text, so the record compares (and
    // hashes) as it did when it held the string.
    private readonly Builds.DeferredText? _problem = Problem is null ? null : new(Problem);

    /// <summary>Why it does not run; null when it runs.</summary>
    public string? Problem
    {
        get => _problem?.Text;
        init => _problem = value is null ? null : new(value);
    }

    /// <summary>
    /// <see cref="Problem"/> as the estimator gives it: a sentence written when first read (the memory plan's), or
    /// null when the estimate runs.
    /// </summary>
    internal Builds.DeferredText? DeferredProblem
    {
        get => _problem;
        init => _problem = value;
    }

    /// <summary>Routed experts kept in system RAM (llama.cpp <c>--n-cpu-moe</c>); null when every expert stays with its layer.</summary>
    public ExpertPlacement? Experts { get; init; }

    /// <summary>
    /// The backend the estimate assumes the engine is built with (CUDA, ROCm, Vulkan, Metal, SYCL): the one given, or
    /// the class's calibrated one, or for AMD the faster of ROCm and Vulkan for the workload.
    /// </summary>
    public Backend Backend { get; init; }

    // The members as the compiler would print them, in the order of the parameters and then the properties (declaring
    // Problem in the body would otherwise move it to the end): Problem is read, so ToString writes the sentence.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Runs = ").Append(Runs.ToString())
            .Append(", Fits = ").Append(Fits.ToString())
            .Append(", Problem = ").Append((object?)Problem)
            .Append(", WeightsGb = ").Append(WeightsGb.ToString())
            .Append(", KvCacheGb = ").Append(KvCacheGb.ToString())
            .Append(", TotalMemoryGb = ").Append(TotalMemoryGb.ToString())
            .Append(", PerDevice = ").Append((object?)PerDevice)
            .Append(", OffloadedLayers = ").Append(OffloadedLayers.ToString())
            .Append(", OffloadFraction = ").Append(OffloadFraction.ToString())
            .Append(", SystemRamUsedGb = ").Append(SystemRamUsedGb.ToString())
            .Append(", DecodeTokensPerSecondPerUser = ").Append(DecodeTokensPerSecondPerUser.ToString())
            .Append(", DecodeTokensPerSecondAggregate = ").Append(DecodeTokensPerSecondAggregate.ToString())
            .Append(", PromptTokensPerSecond = ").Append(PromptTokensPerSecond.ToString())
            .Append(", CeilingTokensPerSecond = ").Append(CeilingTokensPerSecond.ToString())
            .Append(", BytesReadPerTokenGb = ").Append(BytesReadPerTokenGb.ToString())
            .Append(", Bound = ").Append(Bound.ToString())
            .Append(", DecodeTime = ").Append((object?)DecodeTime)
            .Append(", LoadSeconds = ").Append(LoadSeconds.ToString())
            .Append(", Parallelism = ").Append(Parallelism.ToString())
            .Append(", DecodePositionTokens = ").Append(DecodePositionTokens.ToString())
            .Append(", Assumptions = ").Append((object?)Assumptions)
            .Append(", Experts = ").Append((object?)Experts)
            .Append(", Backend = ").Append(Backend.ToString());
        return true;
    }
}
