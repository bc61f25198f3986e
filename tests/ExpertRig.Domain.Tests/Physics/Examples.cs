using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Tests.Physics;

/// <summary>Devices, models and formats the unit tests share (specs from shared/reference, copied into measurements.yaml).</summary>
public static class Examples
{
    public static DeviceSpec Rtx4090 { get; } = new("RTX 4090", DeviceClass.NvidiaGddr, 24, 1008, 330.3);

    public static DeviceSpec Rtx5090 { get; } = new("RTX 5090", DeviceClass.NvidiaGddr, 32, 1792, 419, PcieGeneration: 5);

    public static DeviceSpec Rtx3090 { get; } = new("RTX 3090", DeviceClass.NvidiaGddr, 24, 936, 142, NvlinkGbs: 112.5);

    public static DeviceSpec Rtx6000Ada { get; } = new("RTX 6000 Ada", DeviceClass.NvidiaGddr, 48, 960, 364.2);

    public static DeviceSpec L40S { get; } = new("L40S", DeviceClass.NvidiaGddr, 48, 864, 362.05);

    public static DeviceSpec M2Ultra { get; } = new("M2 Ultra 192GB", DeviceClass.AppleSilicon, 192, 800, 27.2);

    public static DeviceSpec DgxSpark { get; } = new("DGX Spark", DeviceClass.NvidiaUnified, 128, 273, 125);

    public static ModelArchitecture Llama3_8B { get; } = new(8.03, 8.03, 32, 4096, 32, 8, 128, 8192) { VocabSize = 128256 };

    public static ModelArchitecture Llama3_70B { get; } = new(70.55, 70.55, 80, 8192, 64, 8, 128, 131072) { VocabSize = 128256 };

    public static ModelArchitecture Llama31_405B { get; } = new(405.85, 405.85, 126, 16384, 128, 8, 128, 131072) { VocabSize = 128256 };

    public static ModelArchitecture Qwen25_72B { get; } = new(72.71, 72.71, 80, 8192, 64, 8, 128, 131072) { VocabSize = 152064 };

    public static ModelArchitecture DeepSeekR1 { get; } =
        new(671.03, 37.0, 61, 7168, 128, 128, 192, 163840, AttentionKind.MultiHeadLatent, 576) { VocabSize = 129280 };

    public static ModelArchitecture Mixtral8x7B { get; } = new(46.7, 12.9, 32, 4096, 32, 8, 128, 32768) { VocabSize = 32000 };

    /// <summary>
    /// openai/gpt-oss-120b config.json: 36 layers alternating sliding (128-token window) and full attention, hidden and
    /// expert width 2880, 64 query / 8 KV heads of 64, 128 experts top-4, vocab 201088; 116.83 B total, 5.13 B active
    /// (OpenAI model card).
    /// </summary>
    public static ModelArchitecture GptOss120B { get; } = new(116.83, 5.13, 36, 2880, 64, 8, 64, 131072)
    {
        VocabSize = 201088,
        SlidingWindowLayers = 18,
        SlidingWindowTokens = 128,
        Experts = new ExpertLayout(128, 4, 0, 0, 2880, 0, 0),
    };

    /// <summary>
    /// Qwen/Qwen3-Next-80B-A3B config.json: 48 layers, one in four full attention (2 KV heads of 256), the rest Gated
    /// DeltaNet (16 key / 32 value heads of 128, conv kernel 4); 512 experts top-10 of width 512 plus a shared expert.
    /// </summary>
    public static ModelArchitecture Qwen3Next80B { get; } = new(79.67, 3.87, 48, 2048, 16, 2, 256, 262144)
    {
        VocabSize = 151936,
        LinearAttention = new LinearAttentionShape(36, 16, 32, 128, 128, 4),
        Experts = new ExpertLayout(512, 10, 1, 0, 512, 512, 0),
    };

    /// <summary>
    /// meta-llama/Llama-4-Scout-17B-16E config.json: 48 layers, three in four chunked attention (8192-token chunks),
    /// 8 KV heads of 128, 16 experts top-1 of width 8192 plus a shared expert.
    /// </summary>
    public static ModelArchitecture Llama4Scout { get; } = new(108.6, 17.2, 48, 5120, 40, 8, 128, 10485760)
    {
        VocabSize = 202048,
        ChunkedAttentionLayers = 36,
        AttentionChunkTokens = 8192,
        Experts = new ExpertLayout(16, 1, 1, 0, 8192, 8192, 0),
    };

    /// <summary>Qwen/Qwen3-30B-A3B config.json: 48 layers, 4 KV heads of 128, 128 experts top-8 of width 768, vocab 151936.</summary>
    public static ModelArchitecture Qwen3_30B_A3B { get; } = new(30.53, 3.3, 48, 2048, 32, 4, 128, 40960)
    {
        VocabSize = 151936,
        Experts = new ExpertLayout(128, 8, 0, 0, 768, 0, 0),
    };

    /// <summary>Host of 96 GB dual-channel DDR5-6000.</summary>
    public static HostSpec Ddr5_6000_96Gb { get; } = new(96, HostSpec.RamBandwidth(2, 6000), 7000);

    public static WeightFormat Mxfp4 { get; } = new("MXFP4", 4.34, WeightFormatFamily.Gguf);

    public static WeightFormat Q4KM { get; } = new("Q4_K_M", 4.82, WeightFormatFamily.Gguf);

    public static WeightFormat Q8 { get; } = new("Q8_0", 8.5, WeightFormatFamily.Gguf);

    public static WeightFormat F16 { get; } = new("F16", 16, WeightFormatFamily.Gguf);

    public static HostSpec Ddr5DualChannel { get; } = new(128, HostSpec.RamBandwidth(2, 5600), 7000);
}
