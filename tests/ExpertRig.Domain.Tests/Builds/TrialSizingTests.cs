using CsCheck;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Profiles;
using ExpertRig.Domain.Tests.Builds.Oracle;

namespace ExpertRig.Domain.Tests.Builds;

/// <summary>
/// The composer's shared sizing answers every storage question as main's sizing does afresh
/// (<see cref="OneStepStorageSizing"/>), whatever accelerator memories were asked about before: sharing a requirement
/// between builds whose 16-bit files fit alike never hands one build another's files.
/// </summary>
public sealed class TrialSizingTests
{
    private static readonly Catalog.Catalog Catalog = BuildFixtures.Catalog;

    // Models of every size, so that the 16-bit file fits some memories and not others.
    private static readonly string[] Models =
        [.. Catalog.Models.OrderBy(m => m.ParamsTotalB).Where((_, i) => i % 3 == 0).Select(m => m.Id)];

    private static readonly string?[] Quants = [null, null, null, "Q4_K_M", "Q8_0"];

    [Fact]
    public void Storage_AskedForManyAcceleratorMemories_IsEachTimeTheRequirementSizedAfresh()
    {
        Gen.Select(
            Gen.Select(Gen.Int[0, Models.Length - 1], Gen.Int[0, Quants.Length - 1], (m, q) => new Workload(Models[m], Quants[q])).Array[1, 4],
            Gen.Bool,
            Gen.OneOf(Gen.Double[0, 1500], Gen.Int[0, 12].Select(i => i * 24.0)).Array[1, 12]).Sample((workloads, airGapped, memories) =>
        {
            var requirements = BuildFixtures.Requirements(workloads, privacy: airGapped ? Privacy.AirGapped : Privacy.Local);
            var needs = BuildFixtures.Needs(requirements);
            var sizing = new TrialSizing();
            foreach (var acceleratorGb in memories)
            {
                var shared = sizing.Storage(acceleratorGb, requirements, needs, BuildFixtures.Knowledge);
                var afresh = OneStepStorageSizing.For(acceleratorGb, requirements, needs, BuildFixtures.Knowledge);
                (shared.ModelFilesGb, shared.ModelDriveGb, shared.DedicatedModelDrive, shared.ArchiveReason, shared.Basis)
                    .ShouldBe((afresh.ModelFilesGb, afresh.ModelDriveGb, afresh.DedicatedModelDrive, afresh.ArchiveReason, afresh.Basis));
            }
        }, iter: 400);
    }
}
