using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Tests.Physics;

public sealed class DecodeTests
{
    private readonly PhysicsConstants constants = PhysicsFiles.LoadConstants();

    [Fact]
    public void Equals_BandwidthOverBytes_ForTheCeiling()
    {
        var scenario = InferenceScenario.OnDevices(Examples.Llama3_70B, Examples.Q4KM, Examples.Rtx6000Ada) with { DecodePositionTokens = 0 };
        var estimate = Estimate(scenario);
        estimate.CeilingTokensPerSecond.ShouldBe(960 / estimate.BytesReadPerTokenGb, 1e-6);
        estimate.DecodeTokensPerSecondPerUser.ShouldBeLessThan(estimate.CeilingTokensPerSecond);
    }

    [Fact]
    public void DoesNotSpeedUp_WithMoreGpusUnderLayerSplit()
    {
        var one = Estimate(InferenceScenario.OnDevices(Examples.Llama3_8B, Examples.Q4KM, Examples.Rtx4090)).DecodeTokensPerSecondPerUser;
        var two = Estimate(InferenceScenario.OnDevices(Examples.Llama3_8B, Examples.Q4KM, Examples.Rtx4090, 2)).DecodeTokensPerSecondPerUser;
        var four = Estimate(InferenceScenario.OnDevices(Examples.Llama3_8B, Examples.Q4KM, Examples.Rtx4090, 4)).DecodeTokensPerSecondPerUser;
        two.ShouldBeLessThan(one);
        four.ShouldBeLessThan(two);
        four.ShouldBeGreaterThan(one * 0.9);
    }

    [Fact]
    public void SpeedsUp_WithTensorParallelismButPaysAllReduces()
    {
        var layerSplit = Estimate(InferenceScenario.OnDevices(Examples.Llama3_70B, Examples.Q4KM, Examples.Rtx3090, 2));
        var tensorParallel = Estimate(InferenceScenario.OnDevices(Examples.Llama3_70B, Examples.Q4KM, Examples.Rtx3090, 2, InferenceEngine.ExLlamaV2));
        tensorParallel.DecodeTokensPerSecondPerUser.ShouldBeGreaterThan(layerSplit.DecodeTokensPerSecondPerUser * 1.3);
        tensorParallel.DecodeTokensPerSecondPerUser.ShouldBeLessThan(tensorParallel.CeilingTokensPerSecond);
        tensorParallel.DecodeTime.InterconnectMs.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void PaysLess_OverNvlinkThanOverPcie()
    {
        var pcieCard = Examples.Rtx3090 with { NvlinkGbs = 0 };
        var nvlink = Estimate(InferenceScenario.OnDevices(Examples.Llama3_70B, Examples.Q4KM, Examples.Rtx3090, 2, InferenceEngine.Vllm));
        var pcie = Estimate(InferenceScenario.OnDevices(Examples.Llama3_70B, Examples.Q4KM, pcieCard, 2, InferenceEngine.Vllm));
        nvlink.DecodeTime.InterconnectMs.ShouldBeLessThan(pcie.DecodeTime.InterconnectMs);
        nvlink.DecodeTokensPerSecondPerUser.ShouldBeGreaterThan(pcie.DecodeTokensPerSecondPerUser);
    }

    [Fact]
    public void ReadsActiveExpertsOnly_ForMixtureOfExperts()
    {
        var moe = Estimate(InferenceScenario.OnDevices(Examples.Mixtral8x7B, Examples.Q4KM, Examples.Rtx6000Ada));
        moe.BytesReadPerTokenGb.ShouldBeLessThan(moe.WeightsGb / 3);
    }

    [Fact]
    public void SlowsDown_AsTheKvCacheFills()
    {
        var early = Estimate(InferenceScenario.OnDevices(Examples.Llama3_8B, Examples.Q4KM, Examples.Rtx4090, contextTokens: 32768) with { DecodePositionTokens = 0 });
        var late = Estimate(InferenceScenario.OnDevices(Examples.Llama3_8B, Examples.Q4KM, Examples.Rtx4090, contextTokens: 32768) with { DecodePositionTokens = 32768 });
        late.DecodeTokensPerSecondPerUser.ShouldBeLessThan(early.DecodeTokensPerSecondPerUser * 0.7);
    }

    [Fact]
    public void IsOffloadBound_WhenHalfTheLayersLiveInSystemRam()
    {
        var estimate = Estimate(InferenceScenario.OnDevices(Examples.Llama3_70B, Examples.Q4KM, Examples.Rtx4090, host: Examples.Ddr5DualChannel));
        estimate.Bound.ShouldBe(PerformanceBound.Offload);
        // The RAM half alone streams ~20 GB at ≤ 89.6 GB/s: far below the guide's "10–15 tok/s".
        estimate.DecodeTokensPerSecondPerUser.ShouldBeLessThan(5);
    }

    [Fact]
    public void RaisesAggregateButLowersPerUserSpeed_WithConcurrentUsers()
    {
        var one = Estimate(InferenceScenario.OnDevices(Examples.Llama3_8B, Examples.Q4KM, Examples.Rtx4090, users: 1));
        var eight = Estimate(InferenceScenario.OnDevices(Examples.Llama3_8B, Examples.Q4KM, Examples.Rtx4090, users: 8));
        eight.DecodeTokensPerSecondAggregate.ShouldBeGreaterThan(one.DecodeTokensPerSecondAggregate * 3);
        eight.DecodeTokensPerSecondPerUser.ShouldBeLessThan(one.DecodeTokensPerSecondPerUser);
    }

    [Fact]
    public void BatchesAtLeastAsEfficiently_InVllmAsInLlamaCpp()
    {
        // vLLM batches through prefill-grade GEMMs (the class's prompt efficiency); llama.cpp's batched efficiency is
        // fitted on its batched-bench rows and, on the 2025 builds, came out at the same share for NVIDIA.
        var llama = Estimate(InferenceScenario.OnDevices(Examples.Llama3_8B, Examples.Q4KM, Examples.L40S, users: 32));
        var vllm = Estimate(InferenceScenario.OnDevices(Examples.Llama3_8B, Examples.Q4KM, Examples.L40S, engine: InferenceEngine.Vllm, users: 32));
        vllm.DecodeTokensPerSecondAggregate.ShouldBeGreaterThanOrEqualTo(llama.DecodeTokensPerSecondAggregate * 0.999);
    }

    [Fact]
    public void IsComputeBound_ForLargeBatchesOfShortContexts()
    {
        var scenario = InferenceScenario.OnDevices(Examples.Llama3_8B, Examples.Q4KM, Examples.L40S, users: 64) with { DecodePositionTokens = 64 };
        Estimate(scenario).Bound.ShouldBe(PerformanceBound.Compute);
    }

    [Fact]
    public void IsBandwidthBound_WhenManyLongContextsFillTheKvCache()
    {
        // 32 users at 2,048 tokens read 8.6 GB of KV cache per step, more than the 4.6 GB of weights.
        var scenario = InferenceScenario.OnDevices(Examples.Llama3_8B, Examples.Q4KM, Examples.L40S, users: 32);
        Estimate(scenario).Bound.ShouldBe(PerformanceBound.MemoryBandwidth);
    }

    [Fact]
    public void ListsTheAssumptionsWithSources()
    {
        var estimate = Estimate(InferenceScenario.OnDevices(Examples.Llama3_70B, Examples.Q4KM, Examples.Rtx4090, 2, users: 4));
        estimate.Assumptions.ShouldNotBeEmpty();
        estimate.Assumptions.ShouldAllBe(a => a.Text.Length > 0 && a.Source.Length > 0);
        estimate.Assumptions.ShouldContain(a => a.Text.Contains("Layer split"));
    }

    [Fact]
    public void Processes_PromptsAtComputeSpeed()
    {
        // 2 × active parameters per token, plus attention over the cache each prompt token sees: by default a prompt
        // that fills the cache to the decode position (2,048 of the 4,096-token window), so on average 1,024 tokens,
        // 4 × 32 heads × 128 × 32 layers FLOPs each.
        var estimate = Estimate(InferenceScenario.OnDevices(Examples.Llama3_8B, Examples.Q4KM, Examples.Rtx4090));
        var c = constants.For(DeviceClass.NvidiaGddr);
        var flops = (2 * 8.03e9) + (4.0 * 32 * 128 * 32 * 1024);
        estimate.PromptTokensPerSecond.ShouldBe(c.PromptComputeEfficiency * 330.3e12 / flops, 1e-6);
    }

    [Fact]
    public void Prompts_SlowDownWithTheCacheTheySee()
    {
        // llama-bench pp2048 at depth 32K on DGX Spark, Qwen2.5-Coder-7B: 1,283 against 2,276 tok/s at depth 0 (0.56).
        var empty = Estimate(InferenceScenario.OnDevices(Examples.Llama3_8B, Examples.Q4KM, Examples.Rtx4090, contextTokens: 40000) with { PromptTokens = 2048 });
        var deep = Estimate(InferenceScenario.OnDevices(Examples.Llama3_8B, Examples.Q4KM, Examples.Rtx4090, contextTokens: 40000) with { PromptTokens = 2048, PromptDepthTokens = 32768 });
        (deep.PromptTokensPerSecond / empty.PromptTokensPerSecond).ShouldBeInRange(0.4, 0.7);
    }

    [Fact]
    public void ChargesTheMoeLayerCost_OncePerTokenForEachLayerWithRoutedExperts()
    {
        var moe = InferenceScenario.OnDevices(Examples.Mixtral8x7B, Examples.Q4KM, Examples.Rtx6000Ada);
        var without = constants with { DeviceClasses = constants.DeviceClasses.ToDictionary(pair => pair.Key, pair => pair.Value with { MoeLayerMicroseconds = 0 }) };
        var extraMs = Estimate(moe).DecodeTime.OverheadMs - InferenceEstimator.Estimate(moe, without).DecodeTime.OverheadMs;
        extraMs.ShouldBe(32 * constants.For(Examples.Rtx6000Ada).MoeLayerMicroseconds / 1000, 1e-9);

        // A dense model pays no MoE cost, and the cost does not depend on how many bytes the experts hold.
        var dense = InferenceScenario.OnDevices(Examples.Llama3_8B, Examples.Q4KM, Examples.Rtx6000Ada);
        Estimate(dense).DecodeTime.OverheadMs.ShouldBe(InferenceEstimator.Estimate(dense, without).DecodeTime.OverheadMs, 1e-12);
        constants.For(Examples.Rtx6000Ada).MoeLayerMicroseconds.ShouldBeGreaterThan(0);
    }

    private InferenceEstimate Estimate(InferenceScenario scenario) => InferenceEstimator.Estimate(scenario, constants);
}
