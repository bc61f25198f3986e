using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Tests.Physics;

public sealed class MemoryEstimatorTests
{
    private readonly PhysicsConstants constants = PhysicsFiles.LoadConstants();

    [Fact]
    public void Returns_ParamsTimesBitsOverEight_ForWeights()
    {
        // 70.55 B × 4.82 bits ÷ 8 = 42.51 GB: the 39.59 GiB Q4_K_M file.
        MemoryEstimator.WeightsGb(Examples.Llama3_70B, Examples.Q4KM).ShouldBe(42.506, 0.01);
    }

    [Fact]
    public void Counts_EveryExpert_ForMixtureOfExpertsWeights()
    {
        MemoryEstimator.WeightsGb(Examples.Mixtral8x7B, Examples.Q8).ShouldBe(46.7 * 8.5 / 8, 0.001);
    }

    [Fact]
    public void Returns_128KiBPerToken_ForLlama3_8BKvCache()
    {
        // 2 × 32 layers × 8 KV heads × 128 × 2 bytes = 131,072 bytes (shared/reference/models.csv).
        MemoryEstimator.KvCacheBytesPerToken(Examples.Llama3_8B, KvCacheType.F16, constants).ShouldBe(131072);
    }

    [Fact]
    public void Returns_LatentSize_ForMultiHeadLatentAttention()
    {
        // 61 layers × 576 × 2 bytes = 70,272 bytes, not the 4.8 MB of naive per-head K and V.
        MemoryEstimator.KvCacheBytesPerToken(Examples.DeepSeekR1, KvCacheType.F16, constants).ShouldBe(70272);
    }

    [Theory]
    [InlineData(KvCacheType.F16, 1.0)]
    [InlineData(KvCacheType.Q8_0, 1.0625 / 2)]
    [InlineData(KvCacheType.Q4_0, 0.5625 / 2)]
    public void Scales_ByBytesPerElement_ForQuantizedKvCache(KvCacheType type, double shareOfF16)
    {
        var f16 = MemoryEstimator.KvCacheGb(Examples.Llama3_70B, KvCacheType.F16, 8192, 1, constants);
        MemoryEstimator.KvCacheGb(Examples.Llama3_70B, type, 8192, 1, constants).ShouldBe(f16 * shareOfF16, 1e-9);
    }

    [Fact]
    public void Grows_LinearlyWithContextAndUsers_ForKvCache()
    {
        var one = MemoryEstimator.KvCacheGb(Examples.Llama3_70B, KvCacheType.F16, 4096, 1, constants);
        MemoryEstimator.KvCacheGb(Examples.Llama3_70B, KvCacheType.F16, 8192, 4, constants).ShouldBe(one * 8, 1e-9);
        // 320 KiB per token × 131,072 tokens = 42.9 GB: the guide's "10–20 GB at 128K" is too low for Llama 3 70B.
        MemoryEstimator.KvCacheGb(Examples.Llama3_70B, KvCacheType.F16, 131072, 1, constants).ShouldBe(42.95, 0.01);
    }

    [Fact]
    public void Excludes_UnusedEmbeddingRows_FromBytesReadPerToken()
    {
        // Untied: the 0.525 B-parameter input table is read one row at a time, so it drops out of the per-token bytes.
        var read = MemoryEstimator.BytesReadPerTokenGb(Examples.Llama3_8B, Examples.Q4KM, KvCacheType.F16, 0, constants);
        read.ShouldBe((8.03e9 - (128256.0 * 4096)) * 4.82 / 8 / 1e9, 1e-6);
    }

    [Fact]
    public void Adds_TheKvCacheOfEarlierTokens_ToBytesReadPerToken()
    {
        var empty = MemoryEstimator.BytesReadPerTokenGb(Examples.Llama3_8B, Examples.Q4KM, KvCacheType.F16, 0, constants);
        var full = MemoryEstimator.BytesReadPerTokenGb(Examples.Llama3_8B, Examples.Q4KM, KvCacheType.F16, 8192, constants);
        (full - empty).ShouldBe(131072.0 * 8192 / 1e9, 1e-9);
    }
}
