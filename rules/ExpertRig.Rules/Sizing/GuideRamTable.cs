using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Framework;

namespace ExpertRig.Rules.Sizing;

/// <summary>
/// The guide's RAM table (§ "How Much RAM Do You Need?") and which of its rows apply to a build running a profile's
/// workloads. Unified-memory systems are outside it: their RAM is the accelerator memory.
/// </summary>
public static class GuideRamTable
{
    /// <summary>Concurrent users from which the guide sends serving to vLLM ("Research teams serving 5+ concurrent users").</summary>
    public const int MultiUserServingFrom = 5;

    /// <summary>"Single GPU, no offloading (model fits in VRAM)": 32 GB minimum, 64 GB recommended (OS + apps + headroom).</summary>
    public static RamGuideline NoOffload { get; } = new("a GPU build without offloading", 32, 64, Hard: false);

    /// <summary>"70B model with partial CPU offloading": 64 / 128 GB (offloaded layers need ~40–60 GB headroom).</summary>
    public static RamGuideline PartialOffload70B { get; } = new("a 70B model with partial CPU offloading", 64, 128, Hard: true);

    /// <summary>"405B model (full CPU offload, Q4)": 256 / 512 GB (~115 GB model + OS + KV cache).</summary>
    public static RamGuideline Offload405B { get; } = new("a 405B-class model with CPU offloading", 256, 512, Hard: true);

    /// <summary>"Multi-user vLLM serving (70B, 8 users)": 128 / 256 GB (parallel KV caches multiply).</summary>
    public static RamGuideline MultiUserServing { get; } = new("multi-user serving of a 70B-class model", 128, 256, Hard: false);

    /// <summary>"Fine-tuning 70B (QLoRA)": 128 / 256 GB (gradient checkpoints and optimizer states).</summary>
    public static RamGuideline QloraFineTuning70B { get; } = new("QLoRA fine-tuning of a 70B-class model", 128, 256, Hard: true);

    /// <summary>The rows that apply to <paramref name="build"/> given its predictions and the profile; empty for unified memory.</summary>
    public static IReadOnlyList<RamGuideline> Applicable(Build build, IEnumerable<WorkloadPrediction> predictions, Requirements requirements)
    {
        if (build.IsUnified)
        {
            return [];
        }

        var mine = predictions.Where(p => ReferenceEquals(p.Build, build)).ToList();
        var rows = new List<RamGuideline> { NoOffload };
        if (mine.Any(p => p.Estimate.OffloadedLayers > 0 && GuideClasses.Is70BOrLarger(p.Need.Model) && !GuideClasses.Is405BClass(p.Need.Model)))
        {
            rows.Add(PartialOffload70B);
        }

        if (mine.Any(p => p.Estimate.OffloadedLayers > 0 && GuideClasses.Is405BClass(p.Need.Model)))
        {
            rows.Add(Offload405B);
        }

        var runs70BOrLarger = mine.Any(p => GuideClasses.Is70BOrLarger(p.Need.Model));
        if (runs70BOrLarger && requirements.Users >= MultiUserServingFrom)
        {
            rows.Add(MultiUserServing);
        }

        if (runs70BOrLarger && requirements.Profile.FineTuning)
        {
            rows.Add(QloraFineTuning70B);
        }

        return rows;
    }

    /// <summary>The hard row with the largest minimum that the build's RAM falls short of; null when none.</summary>
    public static RamGuideline? HardShortfall(Build build, IEnumerable<WorkloadPrediction> predictions, Requirements requirements) =>
        Applicable(build, predictions, requirements)
            .Where(row => row.Hard && build.SystemRamGb < row.MinimumGb)
            .MaxBy(row => row.MinimumGb);

    /// <summary>
    /// When no hard minimum is missed: the row with the largest recommendation the build's RAM falls short of; null
    /// when the RAM meets every recommendation that applies.
    /// </summary>
    public static RamGuideline? SoftShortfall(Build build, IEnumerable<WorkloadPrediction> predictions, Requirements requirements)
    {
        var rows = Applicable(build, predictions, requirements);
        return rows.Any(row => row.Hard && build.SystemRamGb < row.MinimumGb)
            ? null
            : rows.Where(row => build.SystemRamGb < row.RecommendedGb).MaxBy(row => row.RecommendedGb);
    }
}
