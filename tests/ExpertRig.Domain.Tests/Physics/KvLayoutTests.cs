using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Tests.Physics;

/// <summary>The KV cache by layer kind: full layers grow with the context, sliding and chunked ones stop at their window, linear ones hold a fixed state.</summary>
public sealed class KvLayoutTests
{
    private readonly PhysicsConstants constants = PhysicsFiles.LoadConstants();

    [Fact]
    public void SlidingLayers_StopGrowingAtTheirWindow()
    {
        // gpt-oss-120b: 18 full layers × 2 × 8 heads × 64 × 2 B = 36,864 B per token; 18 sliding layers hold 128 tokens.
        var perFullToken = 18 * 2 * 8 * 64 * 2.0;
        var gb = MemoryEstimator.KvCacheGb(Examples.GptOss120B, KvCacheType.F16, 131072, 1, constants);
        gb.ShouldBe(((perFullToken * 131072) + (perFullToken * 128)) / 1e9, 1e-9);
        // A naive layers × heads × context formula would count twice the bytes.
        var naive = 36 * 2 * 8 * 64 * 2.0 * 131072 / 1e9;
        (naive / gb).ShouldBeGreaterThan(1.99);
    }

    [Fact]
    public void ChunkedLayers_StopGrowingAtTheirChunk()
    {
        var perLayerToken = 2 * 8 * 128 * 2.0;
        var gb = MemoryEstimator.KvCacheGb(Examples.Llama4Scout, KvCacheType.F16, 1_000_000, 1, constants);
        gb.ShouldBe(((12 * perLayerToken * 1_000_000) + (36 * perLayerToken * 8192)) / 1e9, 1e-9);
    }

    [Fact]
    public void LinearLayers_HoldAFixedStatePerSequence()
    {
        var state = KvLayout.LinearState(Examples.Qwen3Next80B.LinearAttention!);
        // 36 layers × (32 heads × 128 × 128 + 3 × (2 × 16 × 128 + 32 × 128)) × 4 B.
        state.ShouldBe(36 * ((32 * 128 * 128) + (3 * ((2 * 16 * 128) + (32 * 128)))) * 4.0);
        var short1 = MemoryEstimator.KvCacheGb(Examples.Qwen3Next80B, KvCacheType.F16, 1024, 1, constants);
        var long1 = MemoryEstimator.KvCacheGb(Examples.Qwen3Next80B, KvCacheType.F16, 2048, 1, constants);
        // Only the 12 full layers grow: 12 × 2 × 2 heads × 256 × 2 B per token.
        (long1 - short1).ShouldBe(1024 * 12 * 2 * 2 * 256 * 2.0 / 1e9, 1e-12);
        MemoryEstimator.KvCacheGb(Examples.Qwen3Next80B, KvCacheType.F16, 1024, 4, constants).ShouldBe(short1 * 4, 1e-12);
    }

    [Fact]
    public void LinearState_IsNotQuantizedWithTheCache()
    {
        var f16 = MemoryEstimator.Layout(Examples.Qwen3Next80B, KvCacheType.F16, constants);
        var q4 = MemoryEstimator.Layout(Examples.Qwen3Next80B, KvCacheType.Q4_0, constants);
        q4.LinearStateBytes.ShouldBe(f16.LinearStateBytes);
        q4.BytesPerTokenPerLayer.ShouldBe(f16.BytesPerTokenPerLayer * 0.5625 / 2, 1e-9);
    }

    [Fact]
    public void DenseModels_KeepTheirUniformCache()
    {
        var layout = MemoryEstimator.Layout(Examples.Llama3_70B, KvCacheType.F16, constants);
        layout.IsUniform.ShouldBeTrue();
        layout.BytesPerSequence(8192).ShouldBe(327_680.0 * 8192);
    }

    [Fact]
    public void DecodeAtDepth_ReadsOnlyTheWindowOfSlidingLayers()
    {
        var shallow = MemoryEstimator.BytesReadPerTokenGb(Examples.GptOss120B, Examples.Mxfp4, KvCacheType.F16, 1000, constants);
        var deep = MemoryEstimator.BytesReadPerTokenGb(Examples.GptOss120B, Examples.Mxfp4, KvCacheType.F16, 2000, constants);
        (deep - shallow).ShouldBe(1000 * 18 * 2 * 8 * 64 * 2.0 / 1e9, 1e-9);
    }

    [Fact]
    public void QuantizedCache_MakesALongContextFitThatF16DoesNot()
    {
        var scenario = new InferenceScenario(Examples.Llama3_70B, Examples.Q4KM, [Examples.Rtx6000Ada], ContextTokens: 32768);
        var f16 = InferenceEstimator.Estimate(scenario, constants);
        var q8 = InferenceEstimator.Estimate(scenario with { KvCache = KvCacheType.Q8_0 }, constants);
        f16.Fits.ShouldBeFalse();
        q8.Fits.ShouldBeTrue();
        q8.KvCacheGb.ShouldBe(f16.KvCacheGb * 1.0625 / 2, 1e-9);
        q8.Assumptions.ShouldContain(a => a.Text.Contains("q8_0"));
    }
}
