namespace ExpertRig.Domain.Physics;

/// <summary>
/// Decode time per step: bytes streamed ÷ (calibrated efficiency × bandwidth) on every device that holds layers,
/// plus a fixed cost per layer, GPU hand-offs or all-reduces, and the arithmetic of extra concurrent sequences.
/// </summary>
internal static class DecodeEstimator
{
    public static DecodeTimeBreakdown Step(InferenceScenario scenario, MemoryPlan plan, PhysicsConstants constants, int sequences, int positionTokens)
    {
        var footprint = plan.Footprint;
        var weightFactor = scenario.Weights.IsUnquantized ? constants.Decode.UnquantizedStreamFactor : 1.0;
        var kvPerLayer = footprint.KvBytesPerLayer(positionTokens) * sequences;
        var cachedPerLayer = footprint.Kv.CachedTokenLayers(positionTokens) / footprint.Layers * sequences;
        var batchFlops = (sequences - 1) * 2 * scenario.Model.ParamsActiveB * 1e9;
        return plan.Parallelism == ParallelismMode.TensorParallel
            ? TensorParallel(scenario, footprint, constants, weightFactor, kvPerLayer, batchFlops, sequences)
            : LayerSplit(scenario, plan, constants, weightFactor, kvPerLayer, batchFlops, cachedPerLayer, sequences);
    }

    /// <summary>
    /// The terms a single device's decode time is linear in: seconds to stream one token's bytes at 100% bandwidth,
    /// the layer count, the cached token-layers and the layers with routed experts; time = stream ÷ efficiency +
    /// layers × per-layer overhead + cached token-layers × attention cost + MoE layers × MoE layer cost.
    /// </summary>
    public static (double StreamSecondsAtFullBandwidth, int Layers, double CachedTokenLayers, int MoeLayers) SingleDeviceTerms(InferenceScenario scenario, PhysicsConstants constants)
    {
        var footprint = ModelFootprint.Of(scenario.Model, scenario.Weights, scenario.KvCache, constants);
        var weightFactor = scenario.Weights.IsUnquantized ? constants.Decode.UnquantizedStreamFactor : 1.0;
        var bytes = (footprint.ReadBytesPerToken / weightFactor) + footprint.Kv.BytesPerSequence(scenario.EffectiveDecodePosition);
        return (bytes / (scenario.Devices[0].BandwidthGbs * PhysicsUnits.BytesPerGb), footprint.Layers, footprint.Kv.CachedTokenLayers(scenario.EffectiveDecodePosition), footprint.MoeLayers);
    }

    private static DecodeTimeBreakdown LayerSplit(InferenceScenario scenario, MemoryPlan plan, PhysicsConstants constants, double weightFactor, double kvPerLayer, double batchFlops, double cachedPerLayer, int sequences)
    {
        var footprint = plan.Footprint;
        double stream = 0, overhead = 0, compute = 0;
        var used = 0;
        for (var i = 0; i < scenario.Devices.Count; i++)
        {
            var device = scenario.Devices[i];
            var layers = plan.DeviceLayers[i];
            var isLast = i == scenario.Devices.Count - 1;
            if (layers == 0 && !isLast)
            {
                continue;
            }

            used++;
            var classConstants = constants.For(device);
            var layerBytes = plan.DeviceReadBytes is { } reads ? reads[i] : layers * footprint.LayerReadBytes;
            var weightBytes = layerBytes + (isLast ? footprint.OutputHeadBytes : 0);
            stream += ((weightBytes / weightFactor) + (layers * kvPerLayer)) / (classConstants.BandwidthEfficiency * device.BandwidthGbs * PhysicsUnits.BytesPerGb);
            overhead += layers * ((classConstants.PerLayerOverheadMicroseconds * 1e-6) + (footprint.MoeLayerShare * classConstants.MoeLayerMicroseconds * 1e-6) + (cachedPerLayer * classConstants.AttentionNanosecondsPerCachedToken * 1e-9));
            compute += batchFlops * layers / footprint.Layers / (BatchEfficiency(scenario.Engine, classConstants) * device.TensorTflops(scenario.Engine) * 1e12);
        }

        double offload = 0;
        var hops = Math.Max(0, used - 1);
        if (plan.OffloadedLayers > 0)
        {
            var bytes = (plan.OffloadedLayers * footprint.LayerReadBytes / weightFactor) + (plan.OffloadedLayers * kvPerLayer);
            offload = bytes / (constants.Decode.CpuBandwidthEfficiency * plan.HostBandwidthGbs * PhysicsUnits.BytesPerGb);
            var first = constants.For(scenario.Devices[0]);
            overhead += plan.OffloadedLayers * ((first.PerLayerOverheadMicroseconds * 1e-6) + (footprint.MoeLayerShare * first.MoeLayerMicroseconds * 1e-6));
            hops += 1;
        }

        if (plan.Experts is { RamExpertLayers: > 0 } experts)
        {
            // The CPU runs the routed experts of the layers whose experts stay in RAM, streaming their active bytes.
            offload = plan.RamReadBytes / weightFactor / (constants.Decode.CpuBandwidthEfficiency * plan.HostBandwidthGbs * PhysicsUnits.BytesPerGb);
            overhead += experts.RamExpertLayers * constants.Decode.CpuExpertLayerMicroseconds * 1e-6;
        }

        // Between the units of a cluster every hand-off crosses the network link (ClusterLink), not the PCIe bus.
        var link = MinClusterLink(scenario.Devices);
        var hopSeconds = link > 0
            ? ClusterLink.Seconds(sequences * scenario.Model.HiddenSize * constants.Interconnect.ActivationBytesPerElement, link)
            : constants.Decode.LayerSplitHopMilliseconds * 1e-3;
        var interconnect = hops * hopSeconds;
        return new DecodeTimeBreakdown(stream * 1e3, offload * 1e3, overhead * 1e3, interconnect * 1e3, compute * 1e3);
    }

    private static DecodeTimeBreakdown TensorParallel(InferenceScenario scenario, ModelFootprint footprint, PhysicsConstants constants, double weightFactor, double kvPerLayer, double batchFlops, int sequences)
    {
        var count = scenario.Devices.Count;
        double stream = 0, overhead = 0, compute = 0;
        foreach (var device in scenario.Devices)
        {
            // The GPUs read their slices at the same time, so the slowest one sets the pace.
            var classConstants = constants.For(device);
            var bytes = ((footprint.ReadBytesPerToken / weightFactor) + (footprint.Layers * kvPerLayer)) / count;
            stream = Math.Max(stream, bytes / (classConstants.BandwidthEfficiency * device.BandwidthGbs * PhysicsUnits.BytesPerGb));
            overhead = Math.Max(overhead, (footprint.Layers * classConstants.PerLayerOverheadMicroseconds * 1e-6) + (footprint.MoeLayers * classConstants.MoeLayerMicroseconds * 1e-6));
            compute = Math.Max(compute, batchFlops / count / (BatchEfficiency(scenario.Engine, classConstants) * device.TensorTflops(scenario.Engine) * 1e12));
        }

        var messageBytes = sequences * scenario.Model.HiddenSize * constants.Interconnect.ActivationBytesPerElement;
        // One device has nothing to all-reduce.
        var interconnect = count == 1 ? 0 : 2 * footprint.Layers * AllReduceSeconds(scenario.Devices, constants.Interconnect, messageBytes);
        return new DecodeTimeBreakdown(stream * 1e3, 0, overhead * 1e3, interconnect * 1e3, compute * 1e3);
    }

    /// <summary>One ring all-reduce: a fixed latency plus 2(N−1)/N of the message over the slowest link.</summary>
    public static double AllReduceSeconds(IReadOnlyList<DeviceSpec> devices, InterconnectConstants interconnect, double messageBytes)
    {
        var count = devices.Count;
        var (latencyUs, linkGbs) = Link(devices, interconnect);
        return (latencyUs * 1e-6) + (2.0 * (count - 1) / count * messageBytes / (linkGbs * PhysicsUnits.BytesPerGb));
    }

    /// <summary>The link tensor parallelism uses: an NVLink bridge joins exactly two cards that both have one; otherwise PCIe.</summary>
    public static (double LatencyUs, double GbsPerDirection) Link(IReadOnlyList<DeviceSpec> devices, InterconnectConstants interconnect)
    {
        if (devices.Count > 1 && devices.All(d => d.ClusterLinkGbs > 0))
        {
            return (ClusterLink.SyncMilliseconds * 1e3, devices.Min(d => d.ClusterLinkGbs));
        }

        if (devices.Count == 2 && devices.All(d => d.NvlinkGbs > 0))
        {
            // Bridges are marketed by their two-way total.
            return (interconnect.NvlinkAllReduceLatencyMicroseconds, devices.Min(d => d.NvlinkGbs) / 2);
        }

        return (interconnect.PcieAllReduceLatencyMicroseconds, devices.Min(d => interconnect.PcieGbs(d.PcieGeneration, d.PcieLanes)));
    }

    // Enumerable.Min(d => d.ClusterLinkGbs) as a loop (every estimate asks): a NaN is the minimum, else the smallest.
    private static double MinClusterLink(IReadOnlyList<DeviceSpec> devices)
    {
        var link = devices[0].ClusterLinkGbs;
        if (double.IsNaN(link))
        {
            return link;
        }

        for (var i = 1; i < devices.Count; i++)
        {
            var next = devices[i].ClusterLinkGbs;
            if (next < link)
            {
                link = next;
            }
            else if (double.IsNaN(next))
            {
                return next;
            }
        }

        return link;
    }

    // vLLM and ExLlamaV2 batch decode through the same GEMM kernels as prefill; llama.cpp's batched path is measured separately.
    private static double BatchEfficiency(InferenceEngine engine, DeviceClassConstants constants) =>
        engine is InferenceEngine.Vllm or InferenceEngine.ExLlamaV2 ? constants.PromptComputeEfficiency : constants.BatchedDecodeComputeEfficiency;
}
