namespace ExpertRig.Domain.Physics;

/// <summary>Lists the assumptions behind an estimate, each with the source of its number.</summary>
internal static class AssumptionWriter
{
    private const string Doc = "docs/performance-model.md";

    public static IReadOnlyList<Assumption> Write(InferenceScenario scenario, MemoryPlan plan, PhysicsConstants constants, int position)
    {
        var list = new List<Assumption>
        {
            new(
                scenario.DecodePositionTokens is null
                    ? $"Decode speed is given with {position} tokens in the KV cache (half the {scenario.ContextTokens}-token window); it falls as the window fills."
                    : $"Decode speed is given with {position} tokens in the KV cache.",
                $"{Doc} (Decode)"),
        };

        foreach (var device in scenario.Devices.DistinctBy(d => (d.Class, d.Backend)))
        {
            var c = constants.For(device);
            var choice = constants.BackendsOf(device.Class).Count > 1 && constants.For(device.Class).ChoosesFastestBackend
                ? $" ({BackendNames.Display(c.Backend)} backend: the faster of {string.Join(" and ", constants.BackendsOf(device.Class).Select(BackendNames.Display))} for this workload unless one is given)"
                : $" ({BackendNames.Display(c.Backend)} backend)";
            list.Add(new(
                $"{DeviceClassIds.ToId(device.Class)}{choice}: decode reaches {Figures.Percent(c.BandwidthEfficiency)} of peak bandwidth plus {Figures.Number(c.PerLayerOverheadMicroseconds, 0)} µs per layer per token; prompt processing reaches {Figures.Percent(c.PromptComputeEfficiency)} of the dense FP16 rate the engine runs at.",
                c.Source));
        }

        AddTensorRate(scenario, list);

        if (scenario.Weights.IsUnquantized)
        {
            list.Add(new($"16-bit weights stream {Figures.Fixed(constants.Decode.UnquantizedStreamFactor, 2)}× faster per byte than quantized ones (no dequantization).", constants.Decode.Source));
        }

        if (plan.Footprint.MoeLayers > 0 && constants.For(scenario.Devices[0]) is { MoeLayerMicroseconds: > 0 } moe)
        {
            list.Add(new($"Each of the {plan.Footprint.MoeLayers} layers with routed experts adds {Figures.Number(moe.MoeLayerMicroseconds, 1)} µs per token (router and expert dispatch).", moe.Source));
        }

        AddKvCache(scenario, plan, constants, list);
        AddExperts(plan, constants, list);
        AddMultiGpu(scenario, plan, constants, list);
        AddOffload(scenario, plan, constants, list);
        AddUnified(scenario, constants, list);

        if (scenario.Users > 1)
        {
            var vllmLike = scenario.Engine is InferenceEngine.Vllm or InferenceEngine.ExLlamaV2;
            list.Add(new(
                vllmLike
                    ? $"{EngineNames.Display(scenario.Engine)} batches the {scenario.Users} users through prefill-grade GEMMs: each extra sequence costs 2 × active parameters FLOPs at the prompt-processing efficiency."
                    : $"llama.cpp serves the {scenario.Users} users as one batch (llama-server --parallel {scenario.Users}); each extra sequence costs 2 × active parameters FLOPs at the measured batched-decode efficiency.",
                vllmLike ? $"{Doc} (Concurrent users; assumption, no vLLM measurement in the calibration set)" : $"{Doc} (Concurrent users); llama.cpp benches/ batched-bench measurements"));
            if (scenario.Model.IsMixtureOfExperts)
            {
                list.Add(new("For a mixture of experts each step is assumed to read one token's active experts; larger batches touch more experts, so aggregate speed is optimistic.", $"{Doc} (Concurrent users)"));
            }
        }

        if (scenario.ContextTokens > scenario.Model.MaxContextTokens && scenario.Model.MaxContextTokens > 0)
        {
            list.Add(new($"The {scenario.ContextTokens}-token window exceeds the model's {scenario.Model.MaxContextTokens}-token maximum.", "models.yaml"));
        }

        if (scenario.Engine == InferenceEngine.Vllm)
        {
            list.Add(new($"vLLM claims {Figures.Percent(constants.Memory.VllmGpuMemoryUtilization)} of each GPU's memory (--gpu-memory-utilization).", constants.Memory.Source));
        }

        if (scenario.Engine is InferenceEngine.Vllm or InferenceEngine.ExLlamaV2 or InferenceEngine.Mlx)
        {
            list.Add(new($"Single-stream efficiencies are llama.cpp's; no {EngineNames.Display(scenario.Engine)} decode measurement is in the calibration set.", $"{Doc} (Engines)"));
        }

        if (scenario.Host?.StorageReadMbs is { } mbs)
        {
            list.Add(new($"Load time reads the weights once at {Figures.Number(mbs, 0)} MB/s sequential.", "drive specification"));
        }

        list.Add(new(
            $"Memory: weights = parameters × {Figures.Number(scenario.Weights.BitsPerWeight, 2)} bits ÷ 8; KV cache = {(scenario.Model.Attention == AttentionKind.MultiHeadLatent ? "layers × latent size" : "2 × layers × KV heads × head size")} × {constants.Memory.KvBytesPerElement[scenario.KvCache]} bytes × context × users; plus runtime overhead and a compute buffer per GPU.",
            constants.Memory.Source));
        return list;
    }

    // Only where the accumulate precision changes the rate: GeForce cards and DGX Spark run FP32 accumulation at half rate.
    private static void AddTensorRate(InferenceScenario scenario, List<Assumption> list)
    {
        foreach (var device in scenario.Devices.DistinctBy(d => d.Name))
        {
            if (device.Fp16AccumulateTflops is { } fp16Accumulate && fp16Accumulate != device.Fp16Tflops)
            {
                var fp32 = DeviceSpec.AccumulatesInFp32(scenario.Engine);
                var (rate, other) = fp32 ? (device.Fp16Tflops, fp16Accumulate) : (fp16Accumulate, device.Fp16Tflops);
                list.Add(new(
                    $"{EngineNames.Display(scenario.Engine)} multiplies in FP16 with {(fp32 ? "FP32" : "FP16")} accumulate: {Figures.Number(rate)} dense TFLOPS on the {device.Name} ({Figures.Number(other)} with {(fp32 ? "FP16" : "FP32")} accumulate).",
                    $"{Doc} (Prompt processing); catalog fp16_tflops and fp16_accumulate_tflops"));
            }
        }
    }

    private static void AddMultiGpu(InferenceScenario scenario, MemoryPlan plan, PhysicsConstants constants, List<Assumption> list)
    {
        if (scenario.Devices.Count < 2)
        {
            return;
        }

        if (plan.Parallelism == ParallelismMode.LayerSplit && scenario.Devices.All(d => d.ClusterLinkGbs > 0))
        {
            list.Add(new(
                $"A two-machine cluster: llama.cpp splits the layers between the {scenario.Devices.Count} units (RPC backend, pipeline), so memory adds up and each token runs through one unit after the other, at one unit's bandwidth; each hand-off crosses the {Figures.Number(scenario.Devices.Min(d => d.ClusterLinkGbs) * 8, 0)} Gbit/s link at an assumed {Figures.Fixed(ClusterLink.SyncMilliseconds, 2)} ms.",
                "ExpertRig estimate from al-engr.com's two-Spark TP=2 measurement (2026); NVIDIA 'Connect multiple Sparks' playbook (build.nvidia.com/spark); StorageReview DGX Spark cluster review (2026)"));
            return;
        }

        if (plan.Parallelism == ParallelismMode.LayerSplit)
        {
            list.Add(new(
                $"Layer split runs the {scenario.Devices.Count} GPUs one after another: capacity adds up, single-stream speed does not; each hand-off costs {Figures.Fixed(constants.Decode.LayerSplitHopMilliseconds, 2)} ms per token.",
                constants.Decode.Source));
            return;
        }

        var (latency, gbs) = DecodeEstimator.Link(scenario.Devices, constants.Interconnect);
        list.Add(new(
            $"Tensor parallel over {scenario.Devices.Count} GPUs: each reads 1/{scenario.Devices.Count} of the weights, then two all-reduces per layer at {Figures.Number(latency, 0)} µs + message ÷ {Figures.Number(gbs, 0)} GB/s.",
            constants.Interconnect.Source));
        if (scenario.Model.AttentionHeads % scenario.Devices.Count != 0)
        {
            list.Add(new($"{scenario.Model.AttentionHeads} attention heads do not divide by {scenario.Devices.Count} GPUs; vLLM refuses such a split.", "vLLM documentation (tensor_parallel_size must divide the number of attention heads)"));
        }
    }

    private static void AddOffload(InferenceScenario scenario, MemoryPlan plan, PhysicsConstants constants, List<Assumption> list)
    {
        if (plan.OffloadedLayers == 0 || !plan.Runs)
        {
            return;
        }

        list.Add(new(
            $"{plan.OffloadedLayers} of {plan.Footprint.Layers} layers run from {(scenario.Devices[0].IsUnified ? "the CPU side of unified memory" : "system RAM")} at {Figures.Percent(constants.Decode.CpuBandwidthEfficiency)} of {Figures.Number(plan.HostBandwidthGbs, 0)} GB/s.",
            constants.Decode.Source));
    }

    private static void AddUnified(InferenceScenario scenario, PhysicsConstants constants, List<Assumption> list)
    {
        var device = scenario.Devices[0];
        if (!device.IsUnified)
        {
            return;
        }

        var fraction = device.UsableMemoryFraction ?? constants.For(device).UsableMemoryFraction;
        list.Add(new(
            $"The GPU of {device.Name} may use {Figures.Percent(fraction)} of its {Figures.MarketedGb(device.MemoryGb)} of unified memory.",
            device.UsableMemoryFraction is null ? constants.For(device).Source : "device specification"));
    }

    private static void AddKvCache(InferenceScenario scenario, MemoryPlan plan, PhysicsConstants constants, List<Assumption> list)
    {
        var kv = plan.Footprint.Kv;
        var parts = new List<string>();
        if (kv.SlidingLayers > 0)
        {
            parts.Add($"{kv.SlidingLayers} sliding-window layers keep at most {kv.Window} tokens");
        }

        if (kv.ChunkedLayers > 0)
        {
            parts.Add($"{kv.ChunkedLayers} chunked-attention layers keep at most {kv.Chunk} tokens");
        }

        if (kv.LinearStateBytes > 0)
        {
            parts.Add($"linear-attention layers keep a fixed {Figures.Gb(PhysicsUnits.ToGb(kv.LinearStateBytes))} state per sequence (FP32)");
        }

        if (parts.Count > 0)
        {
            list.Add(new($"KV cache by layer kind: {kv.FullLayers} full-attention layers keep every token; {string.Join("; ", parts)}.", $"{Doc} (Memory: KV cache per layer kind); the model's config.json"));
        }

        if (scenario.KvCache != KvCacheType.F16)
        {
            list.Add(new(
                $"The KV cache is stored as {KvCacheTypes.ToId(scenario.KvCache)} ({Figures.Fixed(constants.Memory.KvBytesPerElement[scenario.KvCache], 4)} bytes per element against 2 for f16, llama.cpp -fa --cache-type-k/-v); decode reads correspondingly fewer cache bytes, and llama.cpp needs flash attention for a quantized V cache.",
                constants.Memory.Source));
        }
    }

    private static void AddExperts(MemoryPlan plan, PhysicsConstants constants, List<Assumption> list)
    {
        if (plan.Experts is not { RamExpertLayers: > 0 } experts)
        {
            return;
        }

        list.Add(new(
            $"Routed experts of the first {experts.NCpuMoe} layers stay in system RAM (llama.cpp {experts.LaunchArguments}): {Figures.Gb(experts.RamExpertsGb)} there, everything else on the GPUs. Each token reads {Figures.Gb(experts.RamReadGbPerToken)} of active experts from RAM at {Figures.Percent(constants.Decode.CpuBandwidthEfficiency)} of its bandwidth and {Figures.Gb(experts.GpuReadGbPerToken)} from the GPUs; prompt batches copy the RAM experts to the GPU over PCIe once per micro-batch.",
            constants.Decode.Source));
    }
}
