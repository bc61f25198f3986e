namespace ExpertRig.Domain.Physics;

/// <summary>What to estimate: a model in a weight format on some accelerators, run by an engine for some users.</summary>
/// <param name="Model">The model's architecture.</param>
/// <param name="Weights">The weight format (bits per weight).</param>
/// <param name="Devices">The accelerators, in placement order; several entries mean a multi-GPU machine.</param>
/// <param name="Engine">The inference engine.</param>
/// <param name="ContextTokens">Context window reserved per sequence (KV cache is sized for it).</param>
/// <param name="Users">Concurrent sequences served at once.</param>
/// <param name="KvCache">KV cache element type.</param>
/// <param name="Host">The host's RAM and storage; null when unknown (then nothing can be offloaded).</param>
public sealed record InferenceScenario(
    ModelArchitecture Model,
    WeightFormat Weights,
    IReadOnlyList<DeviceSpec> Devices,
    InferenceEngine Engine = InferenceEngine.LlamaCpp,
    int ContextTokens = 4096,
    int Users = 1,
    KvCacheType KvCache = KvCacheType.F16,
    HostSpec? Host = null)
{
    /// <summary>
    /// Tokens already in the KV cache when decode speed is measured; null means half the context window, the average
    /// position over a conversation that fills the window.
    /// </summary>
    public int? DecodePositionTokens { get; init; }

    /// <summary>
    /// Length of the prompt whose processing speed is reported; null means a prompt that fills the cache up to the
    /// decode position (from an empty cache), which is what a conversation at that position has read.
    /// </summary>
    public int? PromptTokens { get; init; }

    /// <summary>Tokens already cached before the prompt starts (llama-bench <c>-d</c>); 0 by default.</summary>
    public int PromptDepthTokens { get; init; }

    /// <summary>
    /// The cache a prompt token attends to on average: the tokens before the prompt plus half the prompt (causal
    /// attention sees the prompt's earlier tokens only).
    /// </summary>
    public double PromptAttentionSpan => PromptDepthTokens + ((PromptTokens ?? EffectiveDecodePosition) / 2.0);

    /// <summary>Multi-GPU strategy; null takes the engine's default (layer split for llama.cpp and Ollama, tensor parallel otherwise).</summary>
    public ParallelismMode? Parallelism { get; init; }

    /// <summary>
    /// Whether a mixture of experts may keep routed experts in system RAM (llama.cpp and Ollama on discrete GPUs):
    /// automatic by default, which keeps as few layers' experts in RAM as lets everything else fit.
    /// </summary>
    public ExpertOffload ExpertOffload { get; init; } = ExpertOffload.Auto;

    /// <summary>A scenario on <paramref name="count"/> identical accelerators.</summary>
    public static InferenceScenario OnDevices(
        ModelArchitecture model,
        WeightFormat weights,
        DeviceSpec device,
        int count = 1,
        InferenceEngine engine = InferenceEngine.LlamaCpp,
        int contextTokens = 4096,
        int users = 1,
        HostSpec? host = null) =>
        new(model, weights, Enumerable.Repeat(device, count).ToList(), engine, contextTokens, users, KvCacheType.F16, host);

    /// <summary>The parallelism in effect: the explicit choice, or the engine's default.</summary>
    public ParallelismMode EffectiveParallelism =>
        Parallelism ?? (Engine is InferenceEngine.LlamaCpp or InferenceEngine.Ollama ? ParallelismMode.LayerSplit : ParallelismMode.TensorParallel);

    /// <summary>The KV position used for decode speed.</summary>
    public int EffectiveDecodePosition => DecodePositionTokens ?? Math.Max(1, ContextTokens / 2);

    /// <summary>True when the engine can keep some layers in system RAM (llama.cpp and Ollama only).</summary>
    public bool EngineCanOffload => Engine is InferenceEngine.LlamaCpp or InferenceEngine.Ollama;

    /// <summary>Throws <see cref="ArgumentException"/> with a one-line reason when the scenario cannot be estimated.</summary>
    public void Validate()
    {
        if (Devices.Count == 0)
        {
            throw new ArgumentException("A scenario needs at least one device.");
        }

        // The units of one cluster (each with its link to the other) are the only unified systems estimated together.
        // Loops, not LINQ: every estimate validates its scenario.
        var anyUnified = false;
        var allClusterUnits = true;
        var anyWithoutFigures = false;
        for (var i = 0; i < Devices.Count; i++)
        {
            var d = Devices[i];
            anyUnified |= d.IsUnified;
            allClusterUnits &= d.IsUnified && d.ClusterLinkGbs > 0 && d.Name == Devices[0].Name;
            anyWithoutFigures |= d.MemoryGb <= 0 || d.BandwidthGbs <= 0 || d.Fp16Tflops <= 0 || d.Fp16AccumulateTflops <= 0;
        }

        if (Devices.Count > 1 && anyUnified && !allClusterUnits)
        {
            throw new ArgumentException("Unified-memory systems (Apple Silicon, DGX Spark) are estimated one at a time, not combined with other devices, except as the units of one cluster.");
        }

        if (anyWithoutFigures)
        {
            throw new ArgumentException("Every device needs memory, bandwidth and FP16 TFLOPS greater than zero.");
        }

        if (ContextTokens < 1 || Users < 1)
        {
            throw new ArgumentException("Context tokens and users must be at least 1.");
        }

        if (ExpertOffload.Mode == ExpertOffloadMode.Fixed && (ExpertOffload.Layers < 0 || ExpertOffload.Layers > Model.Layers))
        {
            throw new ArgumentException($"The expert offload must be auto, none or a layer count from 0 to the model's {Model.Layers} layers, got {ExpertOffload.Layers}.");
        }

        if (PromptTokens is < 1 || PromptDepthTokens < 0)
        {
            throw new ArgumentException("The prompt needs at least one token and its depth cannot be negative.");
        }

        if (DecodePositionTokens is < 0)
        {
            throw new ArgumentException("The decode position cannot be negative.");
        }

        if (Host is { } host && (host.SystemRamGb < 0 || host.RamBandwidthGbs <= 0 || host.StorageReadMbs is <= 0))
        {
            throw new ArgumentException("Host RAM must not be negative and RAM bandwidth and storage read speed must be positive.");
        }
    }
}
