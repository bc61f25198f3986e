using CsCheck;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Domain.Tests.Builds.Oracle;

namespace ExpertRig.Domain.Tests.Builds;

/// <summary>The storage sizing written with loops sizes what main's LINQ version did (<see cref="OneStepStorageSizing"/>), sentence for sentence.</summary>
public sealed class StorageSizingOracleTests
{
    private static readonly Catalog.Catalog Catalog = BuildFixtures.Catalog;

    // A few models, so that generated workload lists repeat a model (with the same or another quant), the largest ones
    // (405B class) among them.
    private static readonly string[] Models =
        [.. Catalog.Models.OrderByDescending(m => m.ParamsTotalB).Take(3).Concat(Catalog.Models.OrderBy(m => m.ParamsTotalB).Take(3)).Select(m => m.Id)];

    private static readonly string?[] Quants = [null, null, "Q4_K_M", "Q8_0", "F16"];

    [Fact]
    public void ForEveryWorkloadList_AndAcceleratorMemory_TheRequirementIsTheOneTheLinqVersionSized()
    {
        Gen.Select(
            Gen.Select(Gen.Int[0, Models.Length - 1], Gen.Int[0, Quants.Length - 1], (m, q) => new Workload(Models[m], Quants[q])).Array[1, 4],
            Gen.Bool,
            Gen.Double[0, 1200]).Sample((workloads, airGapped, acceleratorGb) =>
        {
            var requirements = BuildFixtures.Requirements(workloads, privacy: airGapped ? Privacy.AirGapped : Privacy.Local);
            var needs = BuildFixtures.Needs(requirements);

            var sized = StorageSizing.For(acceleratorGb, requirements, needs, BuildFixtures.Knowledge);
            var expected = OneStepStorageSizing.For(acceleratorGb, requirements, needs, BuildFixtures.Knowledge);

            sized.ModelFilesGb.ShouldBe(expected.ModelFilesGb);
            sized.ModelDriveGb.ShouldBe(expected.ModelDriveGb);
            sized.DedicatedModelDrive.ShouldBe(expected.DedicatedModelDrive);
            sized.ArchiveReason.ShouldBe(expected.ArchiveReason);
            sized.Basis.ShouldBe(expected.Basis);
        }, iter: 500);
    }
}
