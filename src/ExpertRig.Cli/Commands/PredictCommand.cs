using System.CommandLine;
using System.Globalization;
using ExpertRig.Cli.Output;
using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Predictions;

namespace ExpertRig.Cli.Commands;

/// <summary><c>expertrig predict</c>: memory fit and speed of one model on catalog or custom hardware.</summary>
internal static class PredictCommand
{
    public static Command Create()
    {
        var model = new Option<string?>("--model") { Description = "The model: one of the ids in `expertrig catalog models`; or give --model-file.", HelpName = "id" }.WithModelIds();
        var modelFile = new Option<string?>("--model-file") { HelpName = "file", Description = "A model the catalog lacks: its Hugging Face config.json (give --quant too), or a local .gguf, whose quantization is its own (header and tensor table are read, never the weights)." };
        var quant = new Option<string?>("--quant") { Description = "The quantization: one of the names in `expertrig catalog quants` (Q4_K_M, Q8_0, fp8, exl2-4.25, ...); a GGUF file brings its own.", HelpName = "quant" }.WithQuantizations();
        var context = new Option<int>("--context") { HelpName = "tokens", Description = "Context length in tokens per sequence.", DefaultValueFactory = _ => 4096 };
        var users = new Option<int>("--users") { HelpName = "n", Description = "Concurrent users (parallel sequences).", DefaultValueFactory = _ => 1 };
        var engine = new Option<string>("--engine") { Description = "Inference engine: llama.cpp, ollama, vllm, exllamav2 or mlx.", HelpName = "engine", DefaultValueFactory = _ => "llama.cpp" };
        engine.AcceptOnlyFromAmong("llama.cpp", "ollama", "vllm", "exllamav2", "mlx");
        var gpu = new Option<string?>("--gpu") { Description = "The GPU or unified-memory system: one of the ids in `expertrig catalog gpus` or `expertrig catalog systems`.", HelpName = "id" }.WithDeviceIds();
        var gpus = new Option<int>("--gpus") { HelpName = "n", Description = "Number of GPUs.", DefaultValueFactory = _ => 1 };
        var bandwidth = CommonOptions.Number("--bandwidth-gbs", "Memory bandwidth per device in GB/s, for hardware not in the catalog.");
        bandwidth.HelpName = "GB/s";
        var memory = CommonOptions.Number("--memory-gb", "Memory per device in GB, for hardware not in the catalog.");
        memory.HelpName = "GB";
        var unified = new Option<bool>("--unified") { Description = "The custom device is a unified-memory system (Apple Silicon, DGX Spark class)." };
        var vendor = new Option<string>("--vendor") { HelpName = "vendor", Description = "Vendor of the custom device: nvidia, amd or apple (sets the efficiency constants).", DefaultValueFactory = _ => "nvidia" };
        vendor.AcceptOnlyFromAmong("nvidia", "amd", "apple");
        var tflops = CommonOptions.Number("--fp16-tflops", "Dense FP16 tensor TFLOPS of the custom device (prompt speed; used for every engine, give the FP16-accumulate rate for llama.cpp); default 0.1 TFLOPS per GB/s of bandwidth.");
        tflops.HelpName = "TFLOPS";
        var ram = CommonOptions.Number("--system-ram-gb", "System RAM in GB for CPU offload (default: none, no offload).");
        ram.HelpName = "GB";
        var ramBandwidth = CommonOptions.Number("--ram-bandwidth-gbs", "System RAM bandwidth in GB/s (channels × MT/s × 8 / 1000); default dual-channel DDR5-5600, 89.6.");
        ramBandwidth.HelpName = "GB/s";
        var kvCache = new Option<string>("--kv-cache") { HelpName = "type", Description = "KV cache element type: f16 (default), q8_0 or q4_0 (llama.cpp --cache-type-k/-v).", DefaultValueFactory = _ => "f16" };
        kvCache.AcceptOnlyFromAmong([.. KvCacheTypes.All]);
        var moeOffload = new Option<string>("--moe-offload") { HelpName = "auto|none|N", Description = "Routed experts of a mixture of experts in system RAM: auto (fewest layers that let the rest fit), none (offload whole layers instead) or N (llama.cpp --n-cpu-moe N).", DefaultValueFactory = _ => "auto" };
        var powerLimit = new Option<int>("--power-limit") { HelpName = "percent", Description = $"Discrete GPUs' power limit in % of rated board power ({GpuPowerLimit.MinPercent}-{GpuPowerLimit.MaxPercent}); slows decode a little, prompts more.", DefaultValueFactory = _ => GpuPowerLimit.StockPercent };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("predict", "Predict memory fit, decode and prompt speed of a model on given hardware.")
        {
            model, modelFile, quant, context, users, engine, gpu, gpus, bandwidth, memory, unified, vendor, tflops, ram, ramBandwidth, kvCache, moeOffload, powerLimit, format,
        };
        command.SetAction(parse =>
        {
            var catalog = CatalogLoader.LoadDefault();
            var (languageModel, quantization) = PredictModelInput.Resolve(parse, catalog, model, modelFile, quant);
            EngineNames.TryParse(parse.GetValue(engine), out var inferenceEngine);
            var devices = Devices(parse, catalog, gpu, gpus, bandwidth, memory, unified, vendor, tflops);
            var host = new HostSpec(
                Positive(parse.GetValue(ram) ?? 0, "--system-ram-gb", allowZero: true),
                Positive(parse.GetValue(ramBandwidth) ?? HostSpec.RamBandwidth(2, 5600), "--ram-bandwidth-gbs"));
            var scenario = new InferenceScenario(
                languageModel.Architecture,
                CatalogDevices.ForQuant(quantization),
                devices,
                inferenceEngine,
                Range(parse.GetValue(context), "--context", 1, languageModel.MaxContextTokens, $"1 to the model's maximum of {languageModel.MaxContextTokens}"),
                Range(parse.GetValue(users), "--users", 1, 1024, "1 to 1024"),
                KvCacheTypes.TryParse(parse.GetValue(kvCache), out var cacheType) ? cacheType : KvCacheType.F16,
                host)
            {
                ExpertOffload = ExpertOffload.TryParse(parse.GetValue(moeOffload), out var offload)
                    ? offload
                    : throw new CliException($"--moe-offload: expected auto, none or a whole number of layers from 0 to {languageModel.Layers}, got '{parse.GetValue(moeOffload)}'"),
            };
            // A unified system has no power-limit setting, so the limit applies to discrete GPUs only.
            var limit = new GpuPowerLimit(Range(parse.GetValue(powerLimit), "--power-limit", GpuPowerLimit.MinPercent, GpuPowerLimit.MaxPercent,
                $"a whole percentage from {GpuPowerLimit.MinPercent} to {GpuPowerLimit.MaxPercent}"));
            InferenceEstimate estimate;
            try
            {
                estimate = InferenceEstimator.Estimate(scenario);
                if (devices.All(d => d.Class is not (DeviceClass.AppleSilicon or DeviceClass.NvidiaUnified)))
                {
                    estimate = PowerLimitSpeed.Apply(estimate, limit, withAssumptions: true);
                }
            }
            catch (ArgumentException ex)
            {
                throw new CliException(ex.Message);
            }

            var view = PredictionView.From(languageModel, quantization, scenario, estimate);
            var output = parse.InvocationConfiguration.Output;
            output.Write(CommonOptions.ParseFormat(parse.GetValue(format)!) == OutputFormat.Json
                ? JsonOutput.Serialize(view) + "\n"
                : view.ToText());
            return ExitCodes.Success;
        });
        return command;
    }

    private static IReadOnlyList<DeviceSpec> Devices(
        ParseResult parse, Catalog catalog, Option<string?> gpu, Option<int> gpus, Option<double?> bandwidth,
        Option<double?> memory, Option<bool> unified, Option<string> vendor, Option<double?> tflops)
    {
        var count = Range(parse.GetValue(gpus), "--gpus", 1, 16, "1 to 16");
        var gpuId = parse.GetValue(gpu);
        var customBandwidth = parse.GetValue(bandwidth);
        var customMemory = parse.GetValue(memory);
        if (gpuId is not null && (customBandwidth is not null || customMemory is not null))
        {
            throw new CliException("give either --gpu or --bandwidth-gbs with --memory-gb, not both");
        }

        if (gpuId is not null)
        {
            if (catalog.Systems.TryFind(gpuId, out var system))
            {
                return count == 1
                    ? [CatalogDevices.ForSystem(system)]
                    : throw new CliException($"--gpus: {system.Name} is a whole system; estimate one at a time");
            }

            return [.. Enumerable.Repeat(CatalogDevices.ForGpu(catalog.FindGpu(gpuId)), count)];
        }

        if (customBandwidth is null || customMemory is null)
        {
            throw new CliException("describe the hardware: --gpu <catalog id>, or --bandwidth-gbs <GB/s> and --memory-gb <GB per device>");
        }

        var isUnified = parse.GetValue(unified);
        var deviceClass = (parse.GetValue(vendor), isUnified) switch
        {
            ("apple", _) => DeviceClass.AppleSilicon,
            ("amd", true) => DeviceClass.AmdUnified,
            ("amd", _) => DeviceClass.AmdGddr,
            (_, true) => DeviceClass.NvidiaUnified,
            _ => DeviceClass.NvidiaGddr,
        };
        var gbs = Positive(customBandwidth.Value, "--bandwidth-gbs");
        var gb = Positive(customMemory.Value, "--memory-gb");
        var device = new DeviceSpec(
            $"custom {Figures.Number(gb)} GB, {Figures.Number(gbs)} GB/s device",
            deviceClass,
            gb,
            gbs,
            Positive(parse.GetValue(tflops) ?? gbs * 0.1, "--fp16-tflops"));
        return [.. Enumerable.Repeat(device, count)];
    }

    // Far above any device or host (the largest GPU memory is under 300 GB, the fastest bandwidth under 10,000 GB/s),
    // and far enough below double's range that no product of these overflows to infinity.
    private const double MaxHardwareFigure = 1_000_000;

    // NaN and ±∞ parse as doubles ("NaN", "Infinity", "-∞"); every comparison with NaN is false, so finiteness is
    // checked first and on its own.
    private static double Positive(double value, string option, bool allowZero = false) =>
        double.IsFinite(value) && (value > 0 || (allowZero && value == 0)) && value <= MaxHardwareFigure
            ? value
            : throw new CliException($"{option}: expected a number {(allowZero ? "≥ 0" : "> 0")} and at most {Figures.Number(MaxHardwareFigure)}, got {value.ToString(CultureInfo.InvariantCulture)}");

    private static int Range(int value, string option, int min, int max, string allowed) =>
        value >= min && value <= max ? value : throw new CliException($"{option}: {value} is out of range (allowed: {allowed})");
}
