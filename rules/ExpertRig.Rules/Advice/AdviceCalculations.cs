using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Advice;

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
    public static string TensorSplit(Build build) => string.Join(",", Enumerable.Repeat($"{build.Gpu?.VramGb ?? 0:0}", build.GpuCount));

    /// <summary>A conventional GGUF file name for the model and quantization.</summary>
    public static string GgufFile(WorkloadPrediction prediction) => $"{prediction.Need.Model.Id}.{prediction.Quant.Name}.gguf";

    /// <summary>A <c>llama-server</c> line: layers on GPU, split across cards, context for every parallel slot.</summary>
    public static string LlamaServerCommand(Build build, WorkloadPrediction prediction, int users) =>
        $"llama-server -m {GgufFile(prediction)} -ngl {GpuLayers(prediction)}"
        + (build.GpuCount > 1 ? $" --tensor-split {TensorSplit(build)}" : "")
        + $" -c {prediction.Need.ContextTokens * users}"
        + (users > 1 ? $" --parallel {users}" : "");

    /// <summary>A <c>vllm serve</c> line: one tensor-parallel rank per GPU, context and concurrent sequences.</summary>
    public static string VllmCommand(Build build, WorkloadPrediction prediction, int users) =>
        $"vllm serve {prediction.Need.Model.HfRepo} --tensor-parallel-size {Math.Max(1, build.GpuCount)} --max-model-len {prediction.Need.ContextTokens} --max-num-seqs {users}"
        + (prediction.Quant.Format == QuantFormat.Fp8 ? " --quantization fp8" : "");

    /// <summary>ExLlamaV2's model_init flags: the EXL2 directory, automatic split across cards and the sequence length.</summary>
    public static string ExLlamaV2Flags(Build build, WorkloadPrediction prediction) =>
        $"-m {prediction.Need.Model.Id}-exl2-{prediction.Quant.BitsPerWeight:0.##}bpw"
        + (build.GpuCount > 1 ? " -gs auto" : "")
        + $" -l {prediction.Need.ContextTokens}";

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
            if (layout is not null && layout.CpuSlotCount == cards && layout.Slots.All(slot => layout.LanesOf(slot) >= 8))
            {
                return layout;
            }
        }

        return null;
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
