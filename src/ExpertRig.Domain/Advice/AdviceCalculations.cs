using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;

namespace ExpertRig.Domain.Advice;

/// <summary>Launch lines, upgrade headroom and setup lists that the advice rules put into words.</summary>
public static class AdviceCalculations
{
    /// <summary>Bits per parameter of QLoRA's NF4 base weights with double quantization (QLoRA paper: 4 + 0.127).</summary>
    public const double QloraBitsPerParameter = 4.127;

    /// <summary>Accelerator memory QLoRA needs for a 70B-class model (QLoRA paper: a 65B model on a single 48 GB GPU).</summary>
    public const double QloraSeventyBMemoryGb = 48;

    /// <summary>The compute stack the build's accelerators run (CUDA, ROCm or Metal).</summary>
    public static SoftwareStack Stack(Build build) => build.Gpu?.Software ?? build.System?.Software ?? SoftwareStack.Cuda;

    /// <summary>
    /// llama.cpp's <c>-ngl</c>: every repeating layer plus the output layer when the model fits, else the layers the
    /// physics model placed on the GPUs.
    /// </summary>
    public static int GpuLayers(WorkloadPrediction prediction) => prediction.Estimate.OffloadedLayers == 0
        ? prediction.Need.Model.Layers + 1
        : prediction.Need.Model.Layers - prediction.Estimate.OffloadedLayers;

    /// <summary>llama.cpp's <c>--tensor-split</c> proportions: each card's VRAM (identical cards split evenly).</summary>
    public static string TensorSplit(Build build) => string.Join(",", Enumerable.Repeat($"{Figures.Number(build.Gpu?.VramGb ?? 0, 0)}", build.GpuCount));

    /// <summary>
    /// The local file name of the GGUF that was sized: model id and quantization, e.g. <c>llama-3-70b-Q4_K_M.gguf</c>.
    /// The catalog names each model's original checkpoint, not a GGUF repository, so <see cref="GgufSource"/> says how
    /// to get the file rather than inventing a download id.
    /// </summary>
    public static string GgufFile(WorkloadPrediction prediction) => $"{prediction.Need.Model.Id}-{prediction.Quant.Name}.gguf";

    /// <summary>Where the sized GGUF file comes from, in words: converted (and quantized) from the model's checkpoint with llama.cpp's tools.</summary>
    public static string GgufSource(WorkloadPrediction prediction)
    {
        var (file, quant, repo) = (GgufFile(prediction), prediction.Quant, prediction.Need.Model.HfRepo);
        return quant.Format == QuantFormat.Fp16
            ? $"`{file}` is {repo} converted with llama.cpp's `convert_hf_to_gguf.py --outtype {quant.Name.ToLowerInvariant()}`"
            : IsLlamaQuantizeType(quant)
                ? $"`{file}` is a {quant.Name} GGUF of {repo}: convert the checkpoint with llama.cpp's `convert_hf_to_gguf.py`, then `llama-quantize <that .gguf> {file} {quant.Name}`, or download a published {quant.Name} GGUF of it"
                : $"`{file}` is a {quant.Name} GGUF of {repo}, as published for the model";
    }

    /// <summary>
    /// A <c>llama-server</c> line for the sized GGUF: layers on GPU, the layers whose routed experts stay in system RAM
    /// (<c>--n-cpu-moe</c>, a mixture of experts that does not fit), split across cards, context for every parallel slot.
    /// </summary>
    public static string LlamaServerCommand(Build build, WorkloadPrediction prediction, int users) =>
        $"llama-server -m {GgufFile(prediction)} -ngl {GpuLayers(prediction)}"
        + (prediction.Estimate.Experts is { RamExpertLayers: > 0 } experts ? $" --n-cpu-moe {experts.NCpuMoe}" : "")
        + (build.GpuCount > 1 ? $" --tensor-split {TensorSplit(build)}" : "")
        + $" -c {prediction.Need.ContextTokens * users}"
        + (users > 1 ? $" --parallel {users}" : "");

    /// <summary>
    /// The model argument of <c>vllm serve</c> for the sized quantization: the catalog's 16-bit checkpoint for BF16,
    /// F16 and FP8 (vLLM quantizes to FP8 on load); for a pre-quantized format (AWQ, GPTQ) a placeholder naming the
    /// checkpoint to download, because the catalog names none.
    /// </summary>
    public static string VllmModel(WorkloadPrediction prediction) => prediction.Quant.Format is QuantFormat.Fp16 or QuantFormat.Fp8
        ? prediction.Need.Model.HfRepo
        : $"<{QuantLabel(prediction.Quant)} checkpoint of {prediction.Need.Model.HfRepo}>";

    /// <summary>
    /// A <c>vllm serve</c> line for the sized quantization: weight type, one tensor-parallel rank per GPU, context and
    /// concurrent sequences. AWQ and GPTQ checkpoints declare their quantization, so vLLM needs no flag for them.
    /// </summary>
    public static string VllmCommand(Build build, WorkloadPrediction prediction, int users) =>
        $"vllm serve {VllmModel(prediction)}"
        + prediction.Quant.Id switch
        {
            "bf16" => " --dtype bfloat16",
            "f16" => " --dtype float16",
            _ => prediction.Quant.Format == QuantFormat.Fp8 ? " --quantization fp8" : "",
        }
        + $" --tensor-parallel-size {Math.Max(1, build.GpuCount)} --max-model-len {prediction.Need.ContextTokens} --max-num-seqs {users}";

    /// <summary>What to download for a vLLM line, in words, when the catalog has no repository id for the sized checkpoint; null otherwise.</summary>
    public static string? VllmDownload(WorkloadPrediction prediction) => prediction.Quant.Format is QuantFormat.Fp16 or QuantFormat.Fp8
        ? null
        : $"download {QuantLabel(prediction.Quant)} weights of {prediction.Need.Model.HfRepo} (the catalog names no repository for them) and pass their directory";

    /// <summary>The EXL2 directory of the sized quantization, e.g. <c>llama-3-8b-exl2-4.25bpw</c>.</summary>
    public static string Exl2Directory(WorkloadPrediction prediction) =>
        $"{prediction.Need.Model.Id}-exl2-{Figures.Number(prediction.Quant.BitsPerWeight, 2)}bpw";

    /// <summary>ExLlamaV2's model_init flags: the EXL2 directory, automatic split across cards and the sequence length.</summary>
    public static string ExLlamaV2Flags(Build build, WorkloadPrediction prediction) =>
        $"-m {Exl2Directory(prediction)}"
        + (build.GpuCount > 1 ? " -gs auto" : "")
        + $" -l {prediction.Need.ContextTokens}";

    /// <summary>Where the EXL2 directory comes from, in words.</summary>
    public static string Exl2Source(WorkloadPrediction prediction) =>
        $"`{Exl2Directory(prediction)}` is an EXL2 conversion of {prediction.Need.Model.HfRepo} at {Figures.Number(prediction.Quant.BitsPerWeight, 2)} bits per weight (ExLlamaV2's `convert.py -b {Figures.Number(prediction.Quant.BitsPerWeight, 2)}`, or a published one)";

    /// <summary>An <c>mlx_lm.server</c> line for the sized MLX quantization, and how to make the MLX weights (the catalog names no MLX repository).</summary>
    public static string MlxServer(WorkloadPrediction prediction) =>
        $"`mlx_lm.server --model <{QuantLabel(prediction.Quant)} conversion of {prediction.Need.Model.HfRepo}>` "
        + $"(`mlx_lm.convert --hf-path {prediction.Need.Model.HfRepo} -q --q-bits {Figures.Number(prediction.Quant.BpwNominal, 0)}` makes it)";

    // llama-quantize takes llama.cpp's type names for K-, I- and legacy quants; MXFP4 files and Unsloth's dynamic
    // mixes (UD-Q4_K_XL …, per-tensor recipes of their own) are published, not made with it.
    private static bool IsLlamaQuantizeType(Quantization quant) =>
        quant.Format == QuantFormat.Gguf
        && !quant.Id.StartsWith("mxfp", StringComparison.Ordinal)
        && !quant.Id.StartsWith("ud-", StringComparison.Ordinal);

    // "AWQ INT4 (group size 128)" → "AWQ INT4".
    private static string QuantLabel(Quantization quant) =>
        quant.Name.Split(" (", 2)[0];

    /// <summary>
    /// The most cards of the build's GPU model the board can seat, if more than it has: every card on a CPU-wired x16
    /// slot that keeps at least x8 when all are populated, placed as the compatibility rules place them (card
    /// thickness, the case's rear brackets). Null when no card can be added.
    /// </summary>
    public static GpuSlotLayout? UpgradeLayout(Build build)
    {
        if (build.IsUnified || build.Gpu is null || build.Motherboard is not { } board)
        {
            return null;
        }

        for (var cards = board.X16Slots.Count; cards > build.GpuCount; cards--)
        {
            var layout = GpuSlotPlanner.Plan(board, cards, GpuSlotPlanner.CardWidth(build), caseBrackets: build.Case?.ExpansionSlots);
            if (layout is not null && layout.CpuSlotCount == cards && EverySlotKeepsX8(layout))
            {
                return layout;
            }
        }

        return null;
    }

    // Read by index, without a closure: gpu-slot-upgrade-path asks UpgradeLayout in its condition for every build.
    private static bool EverySlotKeepsX8(GpuSlotLayout layout)
    {
        var slots = layout.Slots;
        for (var i = 0; i < slots.Count; i++)
        {
            if (layout.LanesOf(slots[i]) < 8)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What to download before the machine loses its network, by compute stack.</summary>
    public static string StackDownloads(Build build) => Stack(build) switch
    {
        SoftwareStack.Rocm => "the ROCm packages for your Linux release",
        SoftwareStack.Metal => "the macOS update you want to stay on, and MLX / llama.cpp builds",
        _ when build.IsUnified => "DGX OS updates and the CUDA container images you use",
        _ => "the NVIDIA driver and CUDA toolkit installers",
    };

    /// <summary>A QLoRA tool that runs on the stack.</summary>
    public static string QloraTool(Build build) => Stack(build) switch
    {
        SoftwareStack.Metal => "mlx_lm.lora",
        SoftwareStack.Rocm => "PEFT on ROCm PyTorch",
        _ => "PEFT with bitsandbytes 4-bit",
    };

    /// <summary>QLoRA's 4-bit base weights of a model, in GB.</summary>
    public static double QloraBaseGb(LanguageModel model) => model.ParamsTotalB * QloraBitsPerParameter / 8;
}
