using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Tests.Builds.Oracle;

/// <summary>The oracle: main's (7c1d6c8) <c>StorageSizing.For</c>, written with LINQ, copied verbatim but for its name.</summary>
internal static class OneStepStorageSizing
{
    public static StorageRequirement For(double acceleratorGb, Requirements requirements, IReadOnlyList<WorkloadNeed> needs, Knowledge knowledge)
    {
        var catalog = knowledge.Catalog;
        var files = needs
            .Select(need => (need.Model, Quant: StorageSizing.PlausibleQuant(need, acceleratorGb, catalog), Requested: need.Quant is not null))
            .DistinctBy(file => (file.Model.Id, file.Quant.Id))
            .Select(file => (file.Model, file.Quant, file.Requested, Gb: WorkloadMemory.WeightsGb(file.Model, file.Quant)))
            .ToList();
        var total = files.Sum(file => file.Gb);
        string Basis() => $"{string.Join(" + ", files.Select(f => $"{f.Model.Name} {(f.Requested ? "" : "up to ")}{f.Quant.Name} ({BuildText.Gb(f.Gb)})"))} × {Figures.Number(StorageSizing.Headroom, 0)} headroom";
        var huge = needs.Where(need => need.Model.ParamsTotalB >= StorageSizing.HugeModelParamsB).Select(need => need.Model.Name).Distinct().ToList();
        var reasons = new List<string>();
        if (huge.Count > 0)
        {
            reasons.Add($"the guide advises a dedicated {Figures.Number(StorageSizing.DedicatedDriveTb, 0)} TB drive and archive storage for {string.Join(" and ", huge)}");
        }

        if (requirements.Profile.Privacy == Privacy.AirGapped)
        {
            reasons.Add("an air-gapped machine keeps offline copies of its models");
        }

        return new StorageRequirement(total, total * StorageSizing.Headroom, huge.Count > 0, Basis, reasons.Count > 0 ? string.Join("; ", reasons) : null);
    }

}
