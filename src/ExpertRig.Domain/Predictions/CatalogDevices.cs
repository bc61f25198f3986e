using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Predictions;

/// <summary>Maps catalog entries onto the plain inputs of the physics estimators.</summary>
public static class CatalogDevices
{
    /// <summary>A discrete GPU as a physics device (class chosen by vendor and memory type, which sets efficiency), made once per GPU.</summary>
    public static DeviceSpec ForGpu(Gpu gpu) =>
        GpuDevices.TryGetValue(gpu, out var device) ? device : GpuDevices.GetValue(gpu, MakeGpuDevice);

    // Memo (issue 11: the composer and every build's device list ask for the same cards' specs): one device spec per
    // catalog GPU. Key: the GPU by identity; complete, since the spec reads only the GPU's own fields and a catalog
    // GPU is an immutable record (a copy is another key). Device specs are immutable records too, so one is shared.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Gpu, DeviceSpec> GpuDevices = [];

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Gpu, DeviceSpec>.CreateValueCallback MakeGpuDevice = static gpu => new(
        gpu.Name,
        ClassOf(gpu),
        gpu.VramGb,
        gpu.BandwidthGbs,
        gpu.Fp16Tflops,
        gpu.PcieGen,
        gpu.PcieLanes,
        gpu.Nvlink ? gpu.NvlinkBandwidthGbs ?? 0 : 0,
        Fp16AccumulateTflops: gpu.Fp16AccumulateTflops);

    /// <summary>A unified-memory system as one physics device with its default usable share of memory.</summary>
    public static DeviceSpec ForSystem(UnifiedMemorySystem system) => new(
        system.Name,
        ClassOf(system),
        system.MemoryGb,
        system.BandwidthGbs,
        system.Fp16Tflops,
        UsableMemoryFraction: system.UsableMemoryFraction,
        Fp16AccumulateTflops: system.Fp16AccumulateTflops)
    {
        Chip = ClassOf(system) == DeviceClass.AppleSilicon ? AppleChips.Parse(system.Chip) : null,
    };

    /// <summary>A catalog quantization as the weight format the estimators read (one per quantization: every estimate asks).</summary>
    public static WeightFormat ForQuant(Quantization quant) =>
        Formats.TryGetValue(quant, out var format) ? format : Formats.GetValue(quant, MakeFormat);

    // Memo (issue 11, every rung of every walk makes a scenario): the weight format per quantization. Key: the
    // quantization by identity; complete, since the format reads only its name, bits per weight and format, and a
    // catalog quantization is an immutable record (a copy is another key). The table entry goes with the quantization.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Quantization, WeightFormat> Formats = [];

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Quantization, WeightFormat>.CreateValueCallback MakeFormat =
        static quant => new(quant.Name, quant.BitsPerWeight, quant.Format switch
        {
            QuantFormat.Exl2 => WeightFormatFamily.Exl2,
            QuantFormat.Fp8 => WeightFormatFamily.Fp8,
            QuantFormat.Fp16 => WeightFormatFamily.Fp16,
            _ => WeightFormatFamily.Gguf,
        });

    /// <summary>True when the catalog says the engine runs this quantization.</summary>
    public static bool Runs(Quantization quant, Physics.InferenceEngine engine)
    {
        // A loop over the catalog's engines (the same enum: equal names are equal values), not LINQ with ToString,
        // which boxed both and allocated a closure on every call (every rung and every engine checked asks).
        var engines = quant.Engines;
        for (var i = 0; i < engines.Count; i++)
        {
            if (engines[i] == engine)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The physics device class of a unified-memory system, from its software stack and vendor: Metal or Apple is
    /// Apple Silicon; ROCm, AMD or an AMD chip (Ryzen AI Max "Strix Halo") is AMD unified; the rest (GB10 boxes from
    /// any vendor) NVIDIA unified.
    /// </summary>
    public static DeviceClass ClassOf(UnifiedMemorySystem system) => system switch
    {
        { Software: SoftwareStack.Metal } => DeviceClass.AppleSilicon,
        _ when Is(system.Vendor, "apple") => DeviceClass.AppleSilicon,
        { Software: SoftwareStack.Rocm } => DeviceClass.AmdUnified,
        _ when Is(system.Vendor, "amd") || Mentions(system.Chip, "AMD") || Mentions(system.Chip, "Ryzen") => DeviceClass.AmdUnified,
        _ => DeviceClass.NvidiaUnified,
    };

    /// <summary>The physics device class of a discrete GPU: its vendor and memory type set the efficiency constants.</summary>
    public static DeviceClass ClassOf(Gpu gpu) => gpu switch
    {
        { Software: SoftwareStack.Rocm } => DeviceClass.AmdGddr,
        _ when Is(gpu.Vendor, "amd") => DeviceClass.AmdGddr,
        _ when gpu.MemoryType.StartsWith("HBM", StringComparison.OrdinalIgnoreCase) => DeviceClass.NvidiaHbm,
        _ => DeviceClass.NvidiaGddr,
    };

    private static bool Is(string vendor, string name) => vendor.Equals(name, StringComparison.OrdinalIgnoreCase);

    private static bool Mentions(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);
}
