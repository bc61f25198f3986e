using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Tests.Builds;

/// <summary>How the part choosers treat a budget build: the RAM the guide calls enough, one drive for small models.</summary>
public sealed class BudgetChooserTests
{
    private static readonly Domain.Catalog.Catalog Catalog = BuildFixtures.Catalog;

    private static readonly RamRequirement GpuBuild = new(32, 64, 0, [new RamGuideline("a GPU build without offloading", 32, 64, Hard: false)]);

    [Fact]
    public void ComposedBuild_BuysTheGuidesMinimum_WhenTheRecommendedSizeCostsDouble()
    {
        var board = Catalog.FindMotherboard("gigabyte-b550m-ds3h");
        var cpu = Catalog.FindCpu("ryzen-5-5600");

        var choice = MemoryKitChooser.Choose(board, cpu, baseKit: null, GpuBuild, eccRequired: false, Catalog);

        // The 32 GB minimum is cheapest as two 16 GB kits ($90 each, December 2025) in the board's four slots; the
        // 32 GB kit is $240 (Q1 2026). Either way 64 GB costs more than 25% over the minimum, so the minimum is bought.
        choice.Kit!.Id.ShouldBe("ddr4-3200-16gb-kit");
        choice.Count.ShouldBe(2);
        choice.Reason!.ShouldContain("68.7 GB would cost $480 against $180 for the 34.4 GB minimum");
    }

    [Fact]
    public void TheFillsABoardTakes_AreWorkedOutPerCatalog_SoACatalogWithOtherKitsGetsItsOwn()
    {
        var shipped = MemoryKitChooser.Choose(Catalog.FindMotherboard("gigabyte-b550m-ds3h"), Catalog.FindCpu("ryzen-5-5600"), null, GpuBuild, false, Catalog);
        using var copy = new CatalogTests.CatalogCopy();
        copy.Set("memory.yaml", "ddr4-3200-16gb-kit", "type", "ddr5");
        var other = CatalogLoader.Load(copy.Directory);

        var choice = MemoryKitChooser.Choose(other.FindMotherboard("gigabyte-b550m-ds3h"), other.FindCpu("ryzen-5-5600"), null, GpuBuild, false, other);

        shipped.Kit!.Id.ShouldBe("ddr4-3200-16gb-kit");
        choice.Kit!.Id.ShouldNotBe("ddr4-3200-16gb-kit");
        choice.Kit.Type.ShouldBe(DramType.Ddr4);
    }

    [Fact]
    public void ComposedBuild_StillBuysTheRecommendedSize_WhenItCostsNoMoreThanTheMinimum()
    {
        var board = Catalog.FindMotherboard("msi-mag-b650-tomahawk-wifi");
        var cpu = Catalog.FindCpu("ryzen-5-9600x");

        var choice = MemoryKitChooser.Choose(board, cpu, baseKit: null, GpuBuild, eccRequired: false, Catalog);

        (choice.Count * choice.Kit!.CapacityGb).ShouldBeGreaterThanOrEqualTo(64);
        choice.Reason!.ShouldNotContain("minimum is bought");
    }

    [Fact]
    public void GuideTemplate_KeepsItsKit_EvenWhereAComposedBuildWouldBuyLess()
    {
        var board = Catalog.FindMotherboard("gigabyte-b550m-ds3h");
        var cpu = Catalog.FindCpu("ryzen-5-5600");
        var kit = Catalog.FindMemoryKit("gskill-ripjaws-v-32gb-ddr4");

        var choice = MemoryKitChooser.Choose(board, cpu, kit, GpuBuild, eccRequired: false, Catalog);

        (choice.Count * choice.Kit!.CapacityGb).ShouldBe(64);
    }

    [Theory]
    [InlineData(31.2, true)]
    [InlineData(250, true)]
    [InlineData(251, false)]
    public void SmallModels_ShareTheOsDrive_UpToAQuarterOfIt(double modelDriveGb, bool shares)
    {
        var os = Catalog.FindStorage("wd-black-sn7100-1tb");

        DriveChooser.SharesOsDrive(os, new StorageRequirement(modelDriveGb / 2, modelDriveGb, false, "test", null)).ShouldBe(shares);
    }

    [Fact]
    public void ADedicatedModelDrive_IsNeverFolded_IntoTheOsDrive()
    {
        var os = Catalog.FindStorage("wd-black-sn7100-1tb");

        DriveChooser.SharesOsDrive(os, new StorageRequirement(10, 20, DedicatedModelDrive: true, "test", null)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(100, "kingston-nv3-500gb", 1)]  // fits a quarter of the cheapest drive: it is OS and model drive
    [InlineData(154.5, "wd-black-sn7100-1tb", 1)] // one 1 TB ($64) costs less than two 0.5 TB ($78)
    public void AComposedBuild_BuysOneLargerDrive_WhenItCostsLessThanTheCheapestOsDrivePlusAModelDrive(double modelDriveGb, string drive, int drives)
    {
        var board = Catalog.FindMotherboard("proart-x870e-creator-wifi");
        var composed = new Archetype { Id = "composed-test", Title = "test", Source = "test", Composed = true, Storage = ["kingston-nv3-500gb"], Os = [ExpertRig.Domain.Profiles.OperatingSystemChoice.Linux], Engine = ExpertRig.Domain.Physics.InferenceEngine.LlamaCpp };

        var choice = DriveChooser.Discrete(composed, board, new StorageRequirement(modelDriveGb / 2, modelDriveGb, false, "test", null), Catalog);

        choice.Drives.Select(d => d.Id).ShouldBe(Enumerable.Repeat(drive, drives));
        DriveChooser.Lines(choice).Single().Reason.ShouldStartWith("OS and model drive");
    }

    [Fact]
    public void AGuideTemplate_KeepsItsListedOsDrive_AndBuysAModelDriveBesideIt()
    {
        var board = Catalog.FindMotherboard("proart-x870e-creator-wifi");
        var template = new Archetype { Id = "template-test", Title = "test", Source = "test", Storage = ["kingston-nv3-500gb"], Os = [ExpertRig.Domain.Profiles.OperatingSystemChoice.Linux], Engine = ExpertRig.Domain.Physics.InferenceEngine.LlamaCpp };

        var choice = DriveChooser.Discrete(template, board, new StorageRequirement(77, 154.5, false, "test", null), Catalog);

        choice.Drives[0].Id.ShouldBe("kingston-nv3-500gb");
        choice.Drives.Count.ShouldBe(2);
    }
}
