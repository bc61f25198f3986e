using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Predictions;

namespace ExpertRig.Domain.Predictions;

/// <summary>The arithmetic behind the sizing rules: KV cache share, model drives, load time, files on disk, quality figures.</summary>
public static class SizingCalculations
{
    /// <summary>Users the prediction was made for: aggregate over per-user decode speed (1 when the workload does not run).</summary>
    public static int Users(WorkloadPrediction prediction) =>
        prediction.Estimate.DecodeTokensPerSecondPerUser > 0
            ? (int)Math.Round(prediction.Estimate.DecodeTokensPerSecondAggregate / prediction.Estimate.DecodeTokensPerSecondPerUser)
            : 1;

    /// <summary>Share of accelerator memory above which the KV cache crowds out weights (from the rule-base design, issue 4).</summary>
    public const double KvShareWarningThreshold = 0.25;

    /// <summary>Accelerator memory in decimal GB (vendors size VRAM in binary GB; the physics reports decimal GB).</summary>
    public static double AcceleratorGb(Build build) => build.AcceleratorMemoryGb * PhysicsUnits.BytesPerGib / PhysicsUnits.BytesPerGb;

    /// <summary>The prediction's KV cache (every user's full context) as a share of the build's accelerator memory.</summary>
    public static double KvShare(WorkloadPrediction prediction)
    {
        var accelerator = AcceleratorGb(prediction.Build);
        return accelerator > 0 ? prediction.Estimate.KvCacheGb / accelerator : double.PositiveInfinity;
    }

    /// <summary>The drives that hold models (<see cref="BuildHardware.ModelDrives"/>).</summary>
    public static IReadOnlyList<StorageDrive> ModelDrives(Build build) => BuildHardware.ModelDrives(build);

    /// <summary>The fastest model drive, which the active model loads from (<see cref="BuildHardware.ModelDrive"/>).</summary>
    public static StorageDrive? ModelDrive(Build build) => BuildHardware.ModelDrive(build);

    /// <summary>Seconds to read the prediction's weights from the model drive: the prediction's own load time; null without a drive.</summary>
    public static double? LoadSeconds(WorkloadPrediction prediction) => prediction.Estimate.LoadSeconds;

    /// <summary>Capacity of the model drives in GB (each drive's, added in the bill's order).</summary>
    public static double ModelDriveCapacityGb(Build build)
    {
        var drives = ModelDrives(build);
        var total = 0.0;
        for (var i = 0; i < drives.Count; i++)
        {
            total += drives[i].CapacityTb * 1000;
        }

        return total;
    }

    /// <summary>Size of every distinct model file (model × quantization) the predictions use, in GB.</summary>
    /// <remarks>
    /// Each file is counted at its first prediction, in order, and the sizes are added in that order (as
    /// <c>DistinctBy(model and quantization id).Sum(weights)</c> adds them). The models-exceed-model-drive rule asks
    /// this in its condition each time a build's predictions change: a list is read by index, without a set or an enumerator.
    /// </remarks>
    public static double ModelFilesGb(IEnumerable<WorkloadPrediction> predictions)
    {
        if (predictions is not IReadOnlyList<WorkloadPrediction> list)
        {
            list = [.. predictions];
        }

        var total = 0.0;
        for (var i = 0; i < list.Count; i++)
        {
            if (IsFirstOfItsFile(list, i))
            {
                total += list[i].Estimate.WeightsGb;
            }
        }

        return total;
    }

    // True when no prediction before index uses the same model file (model id and quantization id, ordinal).
    private static bool IsFirstOfItsFile(IReadOnlyList<WorkloadPrediction> predictions, int index)
    {
        var model = predictions[index].Need.Model.Id;
        var quant = predictions[index].Quant.Id;
        for (var j = 0; j < index; j++)
        {
            if (string.Equals(predictions[j].Need.Model.Id, model, StringComparison.Ordinal)
                && string.Equals(predictions[j].Quant.Id, quant, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The files behind <see cref="ModelFilesGb"/>, e.g. "Llama 3 70B Q4_K_M 42.5 GB, Qwen 2.5 7B Q8_0 8.1 GB".</summary>
    public static string ModelFileList(IEnumerable<WorkloadPrediction> predictions) => string.Join(
        ", ",
        predictions.DistinctBy(p => (p.Need.Model.Id, p.Quant.Id)).Select(p => $"{p.Need.Model.Name} {p.Quant.Name} {Figures.Gb(p.Estimate.WeightsGb)}"));

    /// <summary>True when the catalog has a quality figure for the quantization (the guide's, or llama.cpp's perplexity).</summary>
    public static bool HasQualityFigure(Quantization quant) =>
        quant.QualityVsFp16Pct is not null || quant.PplDeltaPctLlama3For70B is not null || quant.PplDeltaLlama3For8B is not null;

    /// <summary>
    /// The quality cost of a quantization in words: the guide's "quality vs FP16" range where it gives one, and
    /// llama.cpp's measured perplexity increase, e.g. "keeps about 95–96% of FP16 quality (guide; +4.83% perplexity on Llama 3 70B)".
    /// </summary>
    public static string QualityPhrase(Quantization quant)
    {
        var measured = quant.PplDeltaPctLlama3For70B is { } pct
            ? $"+{Figures.Number(pct, 2)}% perplexity on Llama 3 70B"
            : quant.PplDeltaLlama3For8B is { } abs ? $"+{Figures.Number(abs, 4)} perplexity on Llama 3 8B" : null;
        if (quant.QualityVsFp16Pct is { } guide)
        {
            var range = guide.Low == guide.High ? $"{Figures.Number(guide.Low, 0)}%" : $"{Figures.Number(guide.Low, 0)}–{Figures.Number(guide.High, 0)}%";
            return $"keeps about {range} of FP16 quality (guide's quantization table{(measured is null ? "" : "; llama.cpp measures " + measured)})";
        }

        return measured is null
            ? $"stores {Figures.Number(quant.BitsPerWeight, 2)} bits per weight, with no published quality figure"
            : $"costs {measured} over F16 (llama.cpp's measurement; the guide gives no figure)";
    }
}
