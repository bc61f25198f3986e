using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// Sizes model storage: each workload's file at its largest plausible quantization (the requested one; else the 16-bit
/// format the predictor tries first, BF16, when it fits in accelerator memory, Q8_0 otherwise) with room for a second
/// copy or version, plus the guide's advice for
/// 405B-class models (a dedicated 4 TB drive and an archive disk) and offline copies for air-gapped machines.
/// </summary>
public static class StorageSizing
{
    /// <summary>Model-drive space per GB of model files (a second quant or version of each model).</summary>
    public const double Headroom = 2;

    /// <summary>
    /// Models from this many parameters (billions) are "405B+" in the guide's storage advice: the same 405B class
    /// as the guide's RAM table (<see cref="GuideRamTable.FourOhFiveClassFloorB"/>).
    /// </summary>
    public const double HugeModelParamsB = GuideRamTable.FourOhFiveClassFloorB;

    /// <summary>The guide's "dedicated 4TB or larger drive" for 405B+ models.</summary>
    public const double DedicatedDriveTb = 4;

    /// <summary>The storage a build needs for the profile.</summary>
    public static StorageRequirement For(Build build, Requirements requirements, IReadOnlyList<WorkloadNeed> needs, Knowledge knowledge) =>
        For(AcceleratorGb(build, knowledge), requirements, needs, knowledge);

    /// <summary>The storage needed when the accelerators can hold <paramref name="acceleratorGb"/> GB.</summary>
    public static StorageRequirement For(double acceleratorGb, Requirements requirements, IReadOnlyList<WorkloadNeed> needs, Knowledge knowledge)
    {
        // Loops, not LINQ: every configuration sizes its storage. Each model and quantization is counted once (the first
        // need that names them), and the 16-bit and Q8_0 formats are looked up only when a need leaves its quant open.
        var catalog = knowledge.Catalog;
        Quantization? unquantized = null;
        Quantization? q8 = null;
        var files = new List<(LanguageModel Model, Quantization Quant, bool Requested, double Gb)>(needs.Count);
        var huge = new List<string>();
        var total = 0.0;
        foreach (var need in needs)
        {
            var quant = need.Quant;
            if (quant is null)
            {
                unquantized ??= Predictions.QuantLadder.Unquantized(catalog);
                quant = WorkloadMemory.WeightsGb(need.Model, unquantized) <= acceleratorGb ? unquantized : q8 ??= catalog.FindQuantization("q8-0");
            }

            if (!Counted(files, need.Model, quant))
            {
                var gb = WorkloadMemory.WeightsGb(need.Model, quant);
                files.Add((need.Model, quant, need.Quant is not null, gb));
                total += gb;
            }

            if (need.Model.ParamsTotalB >= HugeModelParamsB && !huge.Contains(need.Model.Name))
            {
                huge.Add(need.Model.Name);
            }
        }

        string Basis() => $"{string.Join(" + ", files.Select(f => $"{f.Model.Name} {(f.Requested ? "" : "up to ")}{f.Quant.Name} ({BuildText.Gb(f.Gb)})"))} × {Figures.Number(Headroom, 0)} headroom";
        var airGapped = requirements.Profile.Privacy == Privacy.AirGapped;
        var archive = huge.Count > 0
            ? $"the guide advises a dedicated {Figures.Number(DedicatedDriveTb, 0)} TB drive and archive storage for {string.Join(" and ", huge)}"
                + (airGapped ? "; an air-gapped machine keeps offline copies of its models" : string.Empty)
            : airGapped ? "an air-gapped machine keeps offline copies of its models" : null;
        return new StorageRequirement(total, total * Headroom, huge.Count > 0, Basis, archive);
    }

    private static bool Counted(List<(LanguageModel Model, Quantization Quant, bool Requested, double Gb)> files, LanguageModel model, Quantization quant)
    {
        foreach (var file in files)
        {
            if (file.Model.Id == model.Id && file.Quant.Id == quant.Id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The quantization whose file the user may keep: requested, else BF16 (<see cref="Predictions.QuantLadder.Unquantized"/>) if it fits in accelerator memory, else Q8_0.</summary>
    public static Quantization PlausibleQuant(WorkloadNeed need, double acceleratorGb, Catalog.Catalog catalog)
    {
        if (need.Quant is { } requested)
        {
            return requested;
        }

        var unquantized = Predictions.QuantLadder.Unquantized(catalog);
        return WorkloadMemory.WeightsGb(need.Model, unquantized) <= acceleratorGb ? unquantized : catalog.FindQuantization("q8-0");
    }

    private static double AcceleratorGb(Build build, Knowledge knowledge) =>
        build.System is { } system ? WorkloadMemory.UsableGb(system)
        : build.Gpu is { } gpu ? WorkloadMemory.UsableGb(gpu, build.GpuCount, knowledge.Physics)
        : 0;
}
