namespace ExpertRig.Domain.Physics;

/// <summary>One accelerator (a GPU card or a unified-memory system) as the physics model sees it.</summary>
/// <param name="Name">Display name, used in per-device results and assumptions.</param>
/// <param name="Class">The device family whose calibrated constants apply.</param>
/// <param name="MemoryGb">Memory as marketed; vendors size VRAM and unified memory in binary units, so 24 means 24 GiB.</param>
/// <param name="BandwidthGbs">Peak memory bandwidth in GB/s (10^9 bytes per second) from the vendor's specification.</param>
/// <param name="Fp16Tflops">
/// Dense FP16 tensor throughput in TFLOPS without sparsity, with FP32 accumulate (FP16 ALU rate for Apple GPUs).
/// </param>
/// <param name="PcieGeneration">PCIe generation of the card's link (3, 4 or 5); ignored for unified-memory systems.</param>
/// <param name="PcieLanes">Electrical PCIe lanes of the card's link.</param>
/// <param name="NvlinkGbs">NVLink bridge bandwidth in GB/s (0 when the card has none).</param>
/// <param name="UsableMemoryFraction">
/// Share of memory the accelerator may use; null takes the class default (unified memory only: macOS caps the GPU
/// working set, discrete cards use all of their VRAM).
/// </param>
/// <param name="Fp16AccumulateTflops">
/// Dense FP16 tensor throughput with FP16 accumulate; null when it equals <paramref name="Fp16Tflops"/> (GeForce
/// cards and DGX Spark run FP32 accumulation at half the FP16-accumulate rate, professional cards at the same rate).
/// </param>
public sealed record DeviceSpec(
    string Name,
    DeviceClass Class,
    double MemoryGb,
    double BandwidthGbs,
    double Fp16Tflops,
    int PcieGeneration = 4,
    int PcieLanes = 16,
    double NvlinkGbs = 0,
    double? UsableMemoryFraction = null,
    double? Fp16AccumulateTflops = null)
{
    /// <summary>
    /// The dense FP16 rate the engine's matrix multiplications run at: llama.cpp (cuBLAS with FP16 compute for F16
    /// weights, INT8 kernels for quantized ones) and ExLlamaV2 (cuBLAS hgemm) accumulate in FP16, vLLM (PyTorch and
    /// its quantized kernels) in FP32. The prompt and batched-decode efficiencies were fitted on llama.cpp at the
    /// FP16-accumulate rate (docs/performance-model.md).
    /// </summary>
    public double TensorTflops(InferenceEngine engine) =>
        AccumulatesInFp32(engine) ? Fp16Tflops : Fp16AccumulateTflops ?? Fp16Tflops;

    /// <summary>True for the engines whose FP16 matrix multiplications accumulate in FP32 (vLLM).</summary>
    public static bool AccumulatesInFp32(InferenceEngine engine) => engine == InferenceEngine.Vllm;

    /// <summary>True for systems whose CPU and GPU share one memory pool (Apple Silicon, DGX Spark).</summary>
    public bool IsUnified => Class is DeviceClass.AppleSilicon or DeviceClass.NvidiaUnified or DeviceClass.AmdUnified;

    /// <summary>
    /// The backend the engine is built with for this device; null lets the estimator choose: the class's only
    /// calibrated backend, or for AMD the faster of ROCm and Vulkan for the workload.
    /// </summary>
    public Backend? Backend { get; init; }

    /// <summary>
    /// The chip within the class whose own efficiency applies, where the constants have one ("M2 Ultra", "M4 Max" for
    /// Apple Silicon, see <see cref="AppleChips"/>); null uses the class's.
    /// </summary>
    public string? Chip { get; init; }

    /// <summary>
    /// For one unit of a cluster of unified systems: the bandwidth in GB/s per direction of the network link to the
    /// other unit (a DGX Spark's 200 Gbit/s ConnectX-7: 25); 0 for a device in the same machine as the others.
    /// </summary>
    public double ClusterLinkGbs { get; init; }

    /// <summary>Memory in bytes (binary gigabytes, as the vendor sizes it).</summary>
    public double MemoryBytes => MemoryGb * PhysicsUnits.BytesPerGib;
}
