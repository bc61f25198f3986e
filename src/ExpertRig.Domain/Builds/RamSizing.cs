using System.Runtime.CompilerServices;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// Applies the guide's RAM table (<see cref="GuideRamTable"/>) twice with the same reading: before a build exists, to
/// size its RAM from the memory each workload is expected to spill; and to a configured build, to check its RAM
/// against what the physics predicts each workload keeps in system RAM; both with the GPUs' memory
/// (<see cref="GuideRamTable.MatchingGpuMemory"/>). Unified-memory systems are outside the table:
/// their memory is the accelerator pool.
/// </summary>
public static class RamSizing
{
    /// <summary>
    /// The RAM <paramref name="count"/> × <paramref name="gpu"/> need for the profile's workloads, from the spill the
    /// configurator expects: each workload's weights (requested quantization, else Q4_K_M), F16 KV cache for every
    /// user and compute buffer, less the GPUs' usable memory.
    /// </summary>
    public static RamRequirement ForConfiguration(Gpu gpu, int count, Requirements requirements, IReadOnlyList<WorkloadNeed> needs, Knowledge knowledge)
    {
        ArgumentNullException.ThrowIfNull(gpu);
        ArgumentNullException.ThrowIfNull(knowledge);
        return ForConfiguration(WorkloadMemory.UsableGb(gpu, count, knowledge.Physics), gpu.VramGb * count, requirements, needs, RunningGb(requirements, needs, knowledge), knowledge.Physics);
    }

    /// <summary>
    /// What each workload needs in accelerator memory to run without offload (<see cref="WorkloadMemory.RunningGb"/> at
    /// the sizing quantization, for the profile's users), in the order of <paramref name="needs"/>: the part of
    /// <see cref="ForConfiguration(Gpu, int, Requirements, IReadOnlyList{WorkloadNeed}, Knowledge)"/> that does not
    /// depend on the GPUs, so the composer works it out once for all its options.
    /// </summary>
    internal static double[] RunningGb(Requirements requirements, IReadOnlyList<WorkloadNeed> needs, Knowledge knowledge)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(knowledge);
        var running = new double[needs.Count];
        for (var i = 0; i < running.Length; i++)
        {
            running[i] = WorkloadMemory.RunningGb(needs[i], WorkloadMemory.SizingQuant(needs[i], knowledge.Catalog), requirements.Users, knowledge.Physics);
        }

        return running;
    }

    /// <summary>
    /// <see cref="ForConfiguration(Gpu, int, Requirements, IReadOnlyList{WorkloadNeed}, Knowledge)"/> from its parts: the
    /// GPUs enter only through their usable memory (<see cref="WorkloadMemory.UsableGb(Gpu, int, PhysicsConstants)"/>)
    /// and their marketed memory (all cards), the workloads through <paramref name="runningGb"/> (<see cref="RunningGb"/>
    /// of the same requirements, needs and knowledge).
    /// </summary>
    internal static RamRequirement ForConfiguration(
        double usableGb, double gpuMemoryGb, Requirements requirements, IReadOnlyList<WorkloadNeed> needs, IReadOnlyList<double> runningGb, PhysicsConstants physics)
    {
        var loads = new RamLoad[needs.Count];
        for (var i = 0; i < loads.Length; i++)
        {
            loads[i] = new RamLoad(needs[i].Model, Math.Max(0, runningGb[i] - usableGb));
        }

        return GuideRamTable.Apply(loads, requirements.Users, requirements.Profile.FineTuning, physics.Memory.SystemRamReservedGb, gpuMemoryGb);
    }

    /// <summary>
    /// The RAM <paramref name="build"/> needs for its <paramref name="predictions"/> (those of other builds are ignored):
    /// each workload's offloaded layers and their KV cache as the physics placed them; <see cref="RamRequirement.None"/>
    /// for a unified-memory system.
    /// </summary>
    /// <remarks>
    /// The last answer for each build is kept: ram-below-minimum and ram-below-recommended ask this of the same build
    /// and the same predictions, in their conditions and again in their actions.
    /// </remarks>
    public static RamRequirement ForPredictions(Build build, IEnumerable<WorkloadPrediction> predictions, Requirements requirements, PhysicsConstants physics)
    {
        if (build.IsUnified)
        {
            return RamRequirement.None;
        }

        if (LastSized.TryGetValue(build, out var last) && last.Answers(build, predictions, requirements, physics))
        {
            return last.Requirement;
        }

        var own = new List<WorkloadPrediction>();
        var loads = new List<RamLoad>();
        foreach (var prediction in predictions)
        {
            if (ReferenceEquals(prediction.Build, build))
            {
                own.Add(prediction);
                loads.Add(new RamLoad(prediction.Need.Model, prediction.Estimate.OffloadedLayers > 0 || prediction.Estimate.Experts is not null ? prediction.Estimate.SystemRamUsedGb : 0));
            }
        }

        var requirement = GuideRamTable.Apply(loads, requirements.Users, requirements.Profile.FineTuning, physics.Memory.SystemRamReservedGb, (build.Gpu?.VramGb ?? 0) * build.GpuCount);
        LastSized.AddOrUpdate(build, new PredictedRam([.. own], requirements, physics, requirement));
        return requirement;
    }

    // Memo (issue 11: the two RAM rules sized each build about four times per set of predictions). The last answer per
    // build (weakly keyed, so it goes with the build), used only for the same predictions of that build (the same
    // objects, in the same order), the same requirements and the same physics objects. The answer reads nothing else:
    // the build's memory kind and GPUs, each own prediction's model and placement, the users, fine-tuning and the OS
    // reserve, all immutable records. Any other question replaces it, so a stale answer cannot be returned.
    private static readonly ConditionalWeakTable<Build, PredictedRam> LastSized = [];

    private sealed record PredictedRam(WorkloadPrediction[] Predictions, Requirements Requirements, PhysicsConstants Physics, RamRequirement Requirement)
    {
        public bool Answers(Build build, IEnumerable<WorkloadPrediction> predictions, Requirements requirements, PhysicsConstants physics)
        {
            if (!ReferenceEquals(Requirements, requirements) || !ReferenceEquals(Physics, physics))
            {
                return false;
            }

            var next = 0;
            foreach (var prediction in predictions)
            {
                if (!ReferenceEquals(prediction.Build, build))
                {
                    continue;
                }

                if (next == Predictions.Length || !ReferenceEquals(Predictions[next], prediction))
                {
                    return false;
                }

                next++;
            }

            return next == Predictions.Length;
        }
    }
}
