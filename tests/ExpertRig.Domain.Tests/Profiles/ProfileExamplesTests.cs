using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Tests.Profiles;

/// <summary>Every profile in docs/examples parses, and each says what its archetype in the guide is about.</summary>
public sealed class ProfileExamplesTests
{
    public static TheoryData<string> ExampleFiles() =>
        new(Repository.ExampleProfileNames);

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Parses_Example(string fileName)
    {
        var path = Repository.Example(fileName);

        var profile = ProfileTestText.Loader.Load(path);

        profile.Workloads.ShouldNotBeEmpty();
        ProfileTestText.Parse(ProfileWriter.ToYaml(profile)).ShouldBe(profile);
    }

    [Fact]
    public void Covers_EveryArchetype_OfTheGuide()
    {
        string[] expected =
        [
            "apple-macos.yaml", "budget-405b.yaml", "dgx-spark.yaml", "dual-rtx3090-budget-70b.yaml",
            "tier1-practitioner.yaml", "tier2-power-user.yaml", "tier3-research-station.yaml", "typical.yaml",
        ];

        expected.ShouldAllBe(name => File.Exists(Repository.Example(name)));
    }

    [Fact]
    public void Tier1_IsOneUser_WithSmallModels_AndOtherGpuWork()
    {
        var profile = Load("tier1-practitioner.yaml");

        profile.ConcurrentUsers.ShouldBe(1);
        profile.OtherGpuWorkloads.ShouldBeTrue();
        profile.BudgetUsd.ShouldBeInRange(7000, 8000);
        profile.Workloads.ShouldContain(w => w.Model == "qwen-2.5-32b");
    }

    [Fact]
    public void DualRtx3090_Accepts_UsedHardware_For70bAtQ4()
    {
        var profile = Load("dual-rtx3090-budget-70b.yaml");

        profile.AcceptUsed.ShouldBeTrue();
        profile.Workloads.ShouldBe([new Workload("llama-3-70b", "Q4_K_M", 8192, 15)]);
    }

    [Fact]
    public void Tier2_IsAirGapped_ForTwoToSixUsers()
    {
        var profile = Load("tier2-power-user.yaml");

        profile.Privacy.ShouldBe(Privacy.AirGapped);
        profile.ConcurrentUsers.ShouldBeInRange(2, 6);
        profile.BudgetUsd.ShouldBeInRange(12000, 16000);
    }

    [Fact]
    public void Tier3_Needs_Ecc_TenToTwentyUsers_And405b()
    {
        var profile = Load("tier3-research-station.yaml");

        profile.EccRequired.ShouldBeTrue();
        profile.ConcurrentUsers.ShouldBeInRange(10, 20);
        profile.Workloads.ShouldContain(w => w.Model == "llama-3-70b" && w.Quant == "F16");
        profile.Workloads.ShouldContain(w => w.Model == "llama-3.1-405b");
    }

    [Fact]
    public void DgxSpark_Favours_Simplicity_AndQuiet()
    {
        var profile = Load("dgx-spark.yaml");

        profile.Priorities.ShouldBe([Priority.Simplicity, Priority.Quiet, Priority.Power]);
        profile.OtherGpuWorkloads.ShouldBeFalse();
        profile.Workloads.ShouldAllBe(w => w.MinTokensPerSecond <= 10);
    }

    [Fact]
    public void Apple_Runs_MacOS()
    {
        Load("apple-macos.yaml").Os.ShouldBe(OperatingSystemChoice.MacOS);
    }

    [Fact]
    public void Budget405b_Accepts_UsedHardware_On240Volts()
    {
        var profile = Load("budget-405b.yaml");

        profile.AcceptUsed.ShouldBeTrue();
        profile.Circuit.Volts().ShouldBe(240);
        profile.Workloads[0].ShouldBe(new Workload("llama-3.1-405b", "Q4_K_M", 8192, 1));
    }

    private static Profile Load(string fileName) =>
        ProfileTestText.Loader.Load(Repository.Example(fileName));
}
