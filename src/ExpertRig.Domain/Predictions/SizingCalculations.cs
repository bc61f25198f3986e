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
    public static IReadOnlyList<StorageDrive> ModelDrives(Build build)
    {
        var storage = build.Storage;
        var nvme = NvmeDrives(storage);
        var drives = new StorageDrive[nvme > 1 ? nvme - 1 : nvme];
        var next = 0;
        for (var i = 0; i < storage.Count; i++)
        {
            if (IsModelDrive(storage, i, nvme))
            {
                drives[next++] = storage[i];
            }
        }

        return drives;
    }

    /// <summary>
    /// The fastest model drive, which the active model loads from (<see cref="BuildHardware.ModelDrive"/>: the first of
    /// the model drives with the highest read speed, compared as MaxBy compares them); null when the build lists no NVMe drive.
    /// </summary>
    public static StorageDrive? ModelDrive(Build build)
    {
        var storage = build.Storage;
        var nvme = NvmeDrives(storage);
        StorageDrive? fastest = null;
        for (var i = 0; i < storage.Count; i++)
        {
            if (IsModelDrive(storage, i, nvme) && (fastest is null || storage[i].ReadMbs.CompareTo(fastest.ReadMbs) > 0))
            {
                fastest = storage[i];
            }
        }

        return fastest;
    }

    /// <summary>Seconds to read the prediction's weights from the model drive: the prediction's own load time; null without a drive.</summary>
    public static double? LoadSeconds(WorkloadPrediction prediction) => prediction.Estimate.LoadSeconds;

    /// <summary>Capacity of the model drives in GB (each drive's, added in the bill's order).</summary>
    public static double ModelDriveCapacityGb(Build build)
    {
        var storage = build.Storage;
        var nvme = NvmeDrives(storage);
        var total = 0.0;
        for (var i = 0; i < storage.Count; i++)
        {
            if (IsModelDrive(storage, i, nvme))
            {
                total += storage[i].CapacityTb * 1000;
            }
        }

        return total;
    }

    // The model drives are picked as BuildHardware.ModelDrives picks them: every NVMe drive after the first (the OS
    // drive), or the OS drive itself when it is the only NVMe drive; hard disks are archives. Read by index here,
    // without its lists: models-exceed-model-drive asks for the capacity each time a build's predictions change, and
    // model-load-time for the fastest drive of every build.
    private static int NvmeDrives(IReadOnlyList<StorageDrive> storage)
    {
        var count = 0;
        for (var i = 0; i < storage.Count; i++)
        {
            if (storage[i].Kind == StorageKind.Nvme)
            {
                count++;
            }
        }

        return count;
    }

    // Whether storage[index] is a model drive, among nvme NVMe drives: an NVMe drive that is not the first, unless it is the only one.
    private static bool IsModelDrive(IReadOnlyList<StorageDrive> storage, int index, int nvme)
    {
        if (storage[index].Kind != StorageKind.Nvme)
        {
            return false;
        }

        if (nvme == 1)
        {
            return true;
        }

        for (var i = 0; i < index; i++)
        {
            if (storage[i].Kind == StorageKind.Nvme)
            {
                return true;
            }
        }

        return false;
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

    /// <summary>
    /// <see cref="RamRequirement.HardShortfall"/> read without an iterator or a closure: the hard row with the largest
    /// minimum that <paramref name="ramGb"/> falls short of (the first such row of the largest, as <c>MaxBy</c> keeps
    /// it); null when none. The RAM rules ask it in their conditions each time a build's predictions change.
    /// </summary>
    public static RamGuideline? HardRamShortfall(RamRequirement requirement, double ramGb)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        var rows = requirement.Rows;
        RamGuideline? largest = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Hard && ramGb < row.MinimumGb && (largest is null || row.MinimumGb > largest.MinimumGb))
            {
                largest = row;
            }
        }

        return largest;
    }

    /// <summary>
    /// <see cref="RamRequirement.SoftShortfall"/> read the same way: when no hard minimum is missed, the row with the
    /// largest recommendation <paramref name="ramGb"/> falls short of (the first such row of the largest); null when a
    /// hard minimum is missed or every recommendation is met.
    /// </summary>
    public static RamGuideline? SoftRamShortfall(RamRequirement requirement, double ramGb)
    {
        if (HardRamShortfall(requirement, ramGb) is not null)
        {
            return null;
        }

        var rows = requirement.Rows;
        RamGuideline? largest = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (ramGb < row.RecommendedGb && (largest is null || row.RecommendedGb > largest.RecommendedGb))
            {
                largest = row;
            }
        }

        return largest;
    }

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
