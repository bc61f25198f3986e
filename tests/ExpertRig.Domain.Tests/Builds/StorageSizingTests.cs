using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Tests.Builds;

public sealed class StorageSizingTests
{
    [Fact]
    public void Sizes_ModelDrives_AtTwiceTheFiles()
    {
        var requirements = BuildFixtures.Typical;

        var need = StorageSizing.For(BuildFixtures.Configure("tier1-rtx5090", requirements), requirements, BuildFixtures.Needs(requirements), BuildFixtures.Knowledge);

        need.ModelFilesGb.ShouldBe(42.5, 0.1); // 70.55B × 4.82 bits ÷ 8
        need.ModelDriveGb.ShouldBe(need.ModelFilesGb * StorageSizing.Headroom);
        need.DedicatedModelDrive.ShouldBeFalse();
        need.ArchiveDrive.ShouldBeFalse();
    }

    [Theory]
    [InlineData("llama-3-8b", 32, "bf16")]
    [InlineData("llama-3-70b", 32, "q8-0")]
    public void Counts_TheLargestPlausibleQuant_WhenNoneIsRequested(string model, double acceleratorGb, string expected)
    {
        var requirements = BuildFixtures.Requirements([new Workload(model)]);

        StorageSizing.PlausibleQuant(BuildFixtures.Needs(requirements)[0], acceleratorGb, BuildFixtures.Catalog).Id.ShouldBe(expected);
    }

    [Fact]
    public void Gives_405b_ADedicated4TbDrive_AndAnArchiveDisk()
    {
        // single-rtx4090 lists two 2 TB drives; Llama 3.1 405B at Q8_0 (431 GB) needs a 4 TB model drive by the guide.
        var build = BuildFixtures.Configure("single-rtx4090", BuildFixtures.Requirements([new Workload("llama-3.1-405b")]));

        build.Storage[0].Id.ShouldBe("samsung-990-pro-2tb");
        build.Storage.Skip(1).Where(d => d.Kind == StorageKind.Nvme).ShouldContain(d => d.CapacityTb >= 4);
        build.Storage.ShouldContain(d => d.Kind == StorageKind.Hdd);
        build.Components.Where(c => c.Category == ComponentCategory.Storage).Select(c => c.Reason).ShouldContain(r => r.Contains("replacing the archetype's 2 TB"));
    }

    [Fact]
    public void Adds_AnArchiveDisk_ForAnAirGappedMachine()
    {
        var build = BuildFixtures.Configure("tier1-rtx5090", BuildFixtures.Requirements([new Workload("llama-3-70b", "Q4_K_M")], privacy: Privacy.AirGapped));

        var archive = build.Components.Single(c => c.Id == "seagate-ironwolf-pro-4tb");
        archive.Reason.ShouldContain("air-gapped");
        build.Storage[^1].Kind.ShouldBe(StorageKind.Hdd);
    }

    [Fact]
    public void Adds_AnExternalArchiveDisk_ToAUnifiedSystem_WhenNeeded()
    {
        var local = BuildFixtures.Configure("dgx-spark", BuildFixtures.Typical);
        var airGapped = BuildFixtures.Configure("dgx-spark", BuildFixtures.Requirements([new Workload("llama-3-70b", "Q4_K_M")], privacy: Privacy.AirGapped));

        local.Storage.ShouldBeEmpty();
        airGapped.Components.Select(c => c.Category).ShouldBe([ComponentCategory.System, ComponentCategory.Storage]);
        airGapped.Components[1].Reason.ShouldStartWith("External archive disk");
    }

    [Fact]
    public void Buys_MoreModelDrives_WithinTheBoardsM2Slots()
    {
        // Three 405B-class files at F16 and Q8_0: several TB with headroom.
        var requirements = BuildFixtures.Requirements(
            [new Workload("llama-3.1-405b", "F16"), new Workload("deepseek-r1-671b", "Q8_0"), new Workload("llama-3.1-405b", "Q8_0")]);

        var build = BuildFixtures.Configure("tier1-rtx5090", requirements);

        var models = build.Storage.Skip(1).Where(d => d.Kind == StorageKind.Nvme).ToList();
        (models.Sum(d => d.CapacityTb) * 1000).ShouldBeGreaterThanOrEqualTo(StorageSizing.For(build, requirements, BuildFixtures.Needs(requirements), BuildFixtures.Knowledge).ModelDriveGb);
        (models.Count + 1).ShouldBeLessThanOrEqualTo(build.Motherboard!.M2Slots);
        build.Gaps.ShouldBeEmpty();
    }
}
