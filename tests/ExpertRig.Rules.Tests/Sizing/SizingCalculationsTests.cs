using CsCheck;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Predictions;
using ExpertRig.Rules.Tests.Support;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Sizing;

/// <summary>
/// <see cref="SizingCalculations"/>' storage figures: the model files are counted once each, in order, as
/// <c>DistinctBy</c> and <c>Sum</c> count them; a build's model drives, their capacity and the fastest of them are
/// their definitions' answers for any bill of drives.
/// </summary>
public sealed class SizingCalculationsTests
{
    private static readonly Build Tier1Build = Tier1();

    // Predictions of one build, two of them of the same file (70B at Q4_K_M), one of the same model at another quantization.
    private static readonly WorkloadPrediction[] Pool =
    [
        Predict(Tier1Build, Need("llama-3-70b", "Q4_K_M")),
        Predict(Tier1Build, Need("llama-3-70b", "Q4_K_M", index: 1)),
        Predict(Tier1Build, Need("llama-3-70b", "Q8_0", index: 2)),
        Predict(Tier1Build, Need("qwen-2.5-32b", "Q8_0", index: 3)),
        Predict(Tier1Build, Need("llama-3-8b", "Q4_K_M", index: 4)),
        Predict(Tier1Build, Need("llama-3-8b", "F16", index: 5)),
    ];

    [Fact]
    public void ModelFilesGb_CountsEachFileOnceInOrder_AsDistinctBySumDoes()
    {
        Gen.Int[0, Pool.Length - 1].Array[0, 8].Sample(picks =>
        {
            WorkloadPrediction[] predictions = [.. picks.Select(i => Pool[i])];
            var oracle = predictions.DistinctBy(p => (p.Need.Model.Id, p.Quant.Id)).Sum(p => p.Estimate.WeightsGb);

            // Exactly equal: the same sizes added in the same order.
            SizingCalculations.ModelFilesGb(predictions).ShouldBe(oracle);
            SizingCalculations.ModelFilesGb(predictions.Select(p => p)).ShouldBe(oracle);
        });
    }

    [Fact]
    public void ASharedFile_IsCountedOnce()
    {
        SizingCalculations.ModelFilesGb([Pool[0], Pool[1]]).ShouldBe(Pool[0].Estimate.WeightsGb);
        SizingCalculations.ModelFilesGb([Pool[0], Pool[2]]).ShouldBe(Pool[0].Estimate.WeightsGb + Pool[2].Estimate.WeightsGb);
    }

    [Fact]
    public void ModelDrives_AreTheirDefinitions_ForAnyBillOfDrives()
    {
        // Any bill of catalog drives (NVMe and hard disks, repeats, any order), none included. The oracle is the
        // definition as LINQ wrote it before issue 11 read it by index: every NVMe drive after the OS drive, or the
        // OS drive when it is the only one; the fastest as MaxBy picks it; the capacity added in bill order.
        var drives = TestKnowledge.Catalog.Storage;
        Gen.Int[0, drives.Count - 1].Array[0, 5].Sample(picks =>
        {
            var build = Tier1Build with { Storage = [.. picks.Select(i => drives[i])] };
            var nvme = build.Storage.Where(d => d.Kind == StorageKind.Nvme).ToList();
            var expected = nvme.Count > 1 ? nvme.Skip(1).ToList() : nvme;

            SizingCalculations.ModelDrives(build).ShouldBe(expected);
            SizingCalculations.ModelDriveCapacityGb(build).ShouldBe(expected.Sum(d => d.CapacityTb * 1000));
            SizingCalculations.ModelDrive(build).ShouldBeSameAs(expected.MaxBy(d => d.ReadMbs));
        });
    }

    [Fact]
    public void TheFastestModelDrive_IsNotTheOsDrive_WhenThereAreOthers()
    {
        var build = Tier1Build with { Storage = [.. new[] { "crucial-t705-4tb", "samsung-990-pro-2tb", "kingston-nv3-500gb" }.Select(TestKnowledge.Catalog.FindStorage)] };

        SizingCalculations.ModelDrive(build)!.Id.ShouldBe("samsung-990-pro-2tb");
        SizingCalculations.ModelDriveCapacityGb(build).ShouldBe(2500);
    }
}
