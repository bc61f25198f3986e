using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;

namespace ExpertRig.Domain.Tests.Builds.Oracle;

/// <summary>
/// The oracle: main's (f135184) <c>RamSizing.ForConfiguration</c>, <c>GuideRamTable.Apply</c> and
/// <c>RamRequirement.HardShortfall</c> and <c>SoftShortfall</c>, written with LINQ, copied verbatim but for their names; the rows they build
/// (<see cref="GuideRamTable.OffloadRow"/>, <see cref="GuideRamTable.MatchingGpuMemory"/>) are the shipped ones.
/// </summary>
internal static class OneStepRamSizing
{
    public static RamRequirement ForConfiguration(Gpu gpu, int count, Requirements requirements, IReadOnlyList<WorkloadNeed> needs, Knowledge knowledge)
    {
        var usable = WorkloadMemory.UsableGb(gpu, count, knowledge.Physics);
        var loads = needs
            .Select(need => new RamLoad(
                need.Model,
                Math.Max(0, WorkloadMemory.RunningGb(need, WorkloadMemory.SizingQuant(need, knowledge.Catalog), requirements.Users, knowledge.Physics) - usable)))
            .ToList();
        return Apply(loads, requirements.Users, requirements.Profile.FineTuning, knowledge.Physics.Memory.SystemRamReservedGb, gpu.VramGb * count);
    }

    public static RamRequirement Apply(IReadOnlyCollection<RamLoad> loads, int users, bool fineTuning, double osReserveGb, double gpuMemoryGb = 0)
    {
        var offloading = loads.Where(load => load.OffloadGb > 0).MaxBy(load => load.OffloadGb);
        var rows = new List<RamGuideline>
        {
            offloading is not null ? GuideRamTable.OffloadRow(offloading, osReserveGb)
            : GuideRamTable.OnlySmallModels(loads, users, fineTuning) ? GuideRamTable.SmallModelOnGpu
            : GuideRamTable.NoOffload,
        };
        var runs70BOrLarger = loads.Any(load => load.Model.ParamsTotalB >= GuideRamTable.SeventyBClassFloorB);
        if (runs70BOrLarger && users >= GuideRamTable.MultiUserFromUsers)
        {
            rows.Add(GuideRamTable.MultiUserServing70B);
        }

        if (runs70BOrLarger && fineTuning)
        {
            rows.Add(GuideRamTable.QloraFineTuning70B);
        }

        if (gpuMemoryGb > rows.Max(r => r.MinimumGb) && rows[0] != GuideRamTable.SmallModelOnGpu)
        {
            rows.Add(GuideRamTable.MatchingGpuMemory(gpuMemoryGb));
        }

        return new RamRequirement(rows.Max(r => r.MinimumGb), rows.Max(r => r.RecommendedGb), offloading?.OffloadGb ?? 0, rows);
    }

    public static RamGuideline? HardShortfall(RamRequirement requirement, double ramGb) =>
        requirement.Rows.Where(row => row.Hard && ramGb < row.MinimumGb).MaxBy(row => row.MinimumGb);

    public static RamGuideline? SoftShortfall(RamRequirement requirement, double ramGb) => HardShortfall(requirement, ramGb) is null
        ? requirement.Rows.Where(row => ramGb < row.RecommendedGb).MaxBy(row => row.RecommendedGb)
        : null;
}
