namespace ExpertRig.Domain.Physics;

/// <summary>
/// Prompt processing is compute bound: about 2 × active parameters FLOPs per token, plus attention over the cached
/// tokens (4 × query heads × head size FLOPs per cached token per attention layer: the QKᵀ and AV products, capped at
/// the window of sliding layers), over the calibrated share of dense FP16 rate the engine runs at
/// (<see cref="DeviceSpec.TensorTflops"/>); offloaded layers also ship their weights over PCIe once per micro-batch.
/// </summary>
internal static class PromptEstimator
{
    public static double TokensPerSecond(InferenceScenario scenario, MemoryPlan plan, PhysicsConstants constants)
    {
        var flopsPerToken = (2 * scenario.Model.ParamsActiveB * 1e9) + AttentionFlopsPerToken(scenario, plan.Footprint);
        var layers = plan.Footprint.Layers;
        double seconds = 0;
        if (plan.Parallelism == ParallelismMode.TensorParallel)
        {
            var count = scenario.Devices.Count;
            // Enumerable.Max's rule as a loop: a NaN so far gives way to the next value, then only a larger one wins.
            seconds = flopsPerToken / count / Flops(scenario.Devices[0], scenario.Engine, constants);
            for (var i = 1; i < count; i++)
            {
                var device = flopsPerToken / count / Flops(scenario.Devices[i], scenario.Engine, constants);
                if (double.IsNaN(seconds) || device > seconds)
                {
                    seconds = device;
                }
            }

            var ubatch = constants.Memory.ComputeBufferUbatchTokens;
            var messageBytes = ubatch * scenario.Model.HiddenSize * constants.Interconnect.ActivationBytesPerElement;
            seconds += 2 * layers * DecodeEstimator.AllReduceSeconds(scenario.Devices, constants.Interconnect, messageBytes) / ubatch;
            return 1 / seconds;
        }

        for (var i = 0; i < scenario.Devices.Count; i++)
        {
            seconds += flopsPerToken * plan.DeviceLayers[i] / layers / Flops(scenario.Devices[i], scenario.Engine, constants);
        }

        if (plan.OffloadedLayers > 0)
        {
            // llama.cpp runs large batches of offloaded layers on the first GPU, copying their weights over PCIe each micro-batch.
            var first = scenario.Devices[0];
            seconds += flopsPerToken * plan.OffloadedLayers / layers / Flops(first, scenario.Engine, constants);
            if (!first.IsUnified)
            {
                var pcie = constants.Interconnect.PcieGbs(first.PcieGeneration, first.PcieLanes) * PhysicsUnits.BytesPerGb;
                seconds += plan.OffloadedLayers * plan.Footprint.LayerWeightBytes / pcie / constants.Memory.ComputeBufferUbatchTokens;
            }
        }

        if (plan.Experts is { RamExpertLayers: > 0 } && !scenario.Devices[0].IsUnified)
        {
            // llama.cpp runs large batches of RAM-resident experts on the GPU too, copying them over PCIe each micro-batch.
            var first = scenario.Devices[0];
            var pcie = constants.Interconnect.PcieGbs(first.PcieGeneration, first.PcieLanes) * PhysicsUnits.BytesPerGb;
            seconds += plan.HostBytes / pcie / constants.Memory.ComputeBufferUbatchTokens;
        }

        return 1 / seconds;
    }

    /// <summary>Attention FLOPs one prompt token spends on the cache it sees (4 × heads × head size per cached token-layer).</summary>
    public static double AttentionFlopsPerToken(InferenceScenario scenario, ModelFootprint footprint) =>
        4.0 * scenario.Model.AttentionHeads * scenario.Model.HeadDim * footprint.Kv.CachedTokenLayers(scenario.PromptAttentionSpan);

    private static double Flops(DeviceSpec device, InferenceEngine engine, PhysicsConstants constants) =>
        constants.For(device).PromptComputeEfficiency * device.TensorTflops(engine) * 1e12;
}
