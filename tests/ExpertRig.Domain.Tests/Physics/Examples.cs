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

    public static WeightFormat Q4KM { get; } = new("Q4_K_M", 4.82, WeightFormatFamily.Gguf);

    public static WeightFormat Q8 { get; } = new("Q8_0", 8.5, WeightFormatFamily.Gguf);

    public static WeightFormat F16 { get; } = new("F16", 16, WeightFormatFamily.Gguf);

    public static HostSpec Ddr5DualChannel { get; } = new(128, HostSpec.RamBandwidth(2, 5600), 7000);
}
