using CsCheck;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Tests.Builds;

public sealed class GuideRamTableTests
{
    private const double OsReserveGb = 8;

    private static readonly Gen<(double Ram, int Users, bool FineTuning, string Model, double OffloadGb)> Cases =
        Gen.Select(
            Gen.OneOf(16.0, 32.0, 48.0, 64.0, 96.0, 128.0, 192.0, 256.0, 384.0, 512.0, 768.0),
            Gen.Int[1, 20],
            Gen.Bool,
            Gen.OneOf("llama-3-8b", "qwen-2.5-14b", "qwen-2.5-32b", "llama-3-70b", "llama-3.1-405b"),
            Gen.OneOf(Gen.Const(0.0), Gen.Double[0.1, 600]));

    [Fact]
    public void Rows_AreTheGuidesTable()
    {
        GuideRamTable.Rows.Select(r => (r.MinimumGb, r.RecommendedGb, r.Hard)).ShouldBe(
        [
            (32, 64, false),   // Single GPU, no offloading: OS + apps + headroom
            (64, 128, true),   // 70B model with partial CPU offloading
            (256, 512, true),  // 405B model (full CPU offload, Q4)
            (128, 256, false), // Multi-user vLLM serving (70B, 8 users)
            (128, 256, true),  // Fine-tuning 70B (QLoRA)
        ]);
    }

    [Theory]
    [InlineData("llama-3-70b", 10, 64)]    // the 70B row
    [InlineData("llama-3-70b", 56, 64)]    // 56 + 8 GB of OS still fit in the row's 64 GB
    [InlineData("llama-3.1-405b", 200, 256)] // the 405B row
    public void Gives_TheGuidesOffloadRows_ForTheirModels(string model, double offloadGb, double minimum)
    {
        var row = GuideRamTable.OffloadRow(Load(model, offloadGb), OsReserveGb);

        row.ShouldBe(minimum == 64 ? GuideRamTable.PartialOffload70B : GuideRamTable.FullOffload405B);
    }

    [Theory]
    [InlineData("llama-3-70b", 57, 128)]    // more than the 70B row holds
    [InlineData("llama-3-70b", 130, 256)]   // 405B-row figures, but not a 405B model
    [InlineData("llama-3.1-405b", 60, 128)] // a 405B mostly on GPUs needs less than full offload
    [InlineData("qwen-2.5-32b", 20, 64)]    // 70B-row figures for a 32B model
    [InlineData("deepseek-r1-671b", 300, 512)]
    public void Scales_TheOffloadRow_ToTheOffloadedGigabytes(string model, double offloadGb, double minimum)
    {
        var row = GuideRamTable.OffloadRow(Load(model, offloadGb), OsReserveGb);

        (row.MinimumGb, row.RecommendedGb, row.Hard).ShouldBe((minimum, 2 * minimum, true));
        row.UseCase.ShouldContain("scaled from the guide's 70B and 405B offload rows");
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(5, false)] // the vLLM section's "5+ concurrent users" picks the engine, not the RAM
    [InlineData(7, false)]
    [InlineData(8, true)]  // "Multi-user vLLM serving (70B, 8 users)"
    [InlineData(20, true)]
    public void Applies_TheMultiUserRow_FromEightUsersOfA70bClassModel(int users, bool applies)
    {
        GuideRamTable.Apply([Load("llama-3-70b", 0)], users, fineTuning: false, OsReserveGb).Rows
            .Contains(GuideRamTable.MultiUserServing70B).ShouldBe(applies);
        GuideRamTable.Apply([Load("mixtral-8x7b", 0)], users, fineTuning: false, OsReserveGb).Rows
            .ShouldBe([GuideRamTable.NoOffload]);
    }

    [Fact]
    public void Applies_TheQloraRow_WhenFineTuningA70bClassModel()
    {
        var ram = GuideRamTable.Apply([Load("qwen-2.5-7b", 0), Load("qwen-2.5-72b", 0)], users: 1, fineTuning: true, OsReserveGb);

        ram.Rows.ShouldBe([GuideRamTable.NoOffload, GuideRamTable.QloraFineTuning70B]);
        (ram.MinimumGb, ram.RecommendedGb).ShouldBe((128, 256));
    }

    [Fact]
    public void TakesTheOffloadRow_FromTheWorkloadThatOffloadsMost()
    {
        var ram = GuideRamTable.Apply([Load("llama-3-70b", 20), Load("llama-3.1-405b", 180)], users: 1, fineTuning: false, OsReserveGb);

        ram.Rows.ShouldBe([GuideRamTable.FullOffload405B]);
        ram.OffloadGb.ShouldBe(180);
    }

    [Fact]
    public void HardAndSoftShortfalls_AreExclusive_AndNoShortfallMeansEveryRecommendationIsMet() =>
        Cases.Sample(c =>
        {
            var ram = GuideRamTable.Apply([Load(c.Model, c.OffloadGb)], c.Users, c.FineTuning, OsReserveGb);
            var hard = ram.HardShortfall(c.Ram);
            var soft = ram.SoftShortfall(c.Ram);
            return (hard is null || soft is null)
                && (hard is not null || soft is not null || ram.Rows.All(row => c.Ram >= row.RecommendedGb))
                && (hard is null || (hard.Hard && c.Ram < hard.MinimumGb));
        });

    [Theory]
    [InlineData("llama-3-8b")]
    [InlineData("qwen-2.5-14b")] // 14.7B: Ollama's 13B class
    public void ASmallModelHeldInGpuMemory_Asks16GbMinimum_AndTheGuides32GbAsTheRecommendation(string model)
    {
        var ram = GuideRamTable.Apply([Load(model, 0)], users: 1, fineTuning: false, OsReserveGb);

        ram.Rows.ShouldBe([GuideRamTable.SmallModelOnGpu]);
        (ram.MinimumGb, ram.RecommendedGb).ShouldBe((16, GuideRamTable.NoOffload.MinimumGb));
        ram.HardShortfall(16).ShouldBeNull();
        ram.SoftShortfall(16).ShouldBe(GuideRamTable.SmallModelOnGpu); // 16 GB warns, never rejects
        ram.SoftShortfall(32).ShouldBeNull();
        GuideRamTable.SmallModelOnGpu.FromGuide.ShouldBeFalse();
        GuideRamTable.Rows.ShouldAllBe(row => row.FromGuide);
        GuideRamTable.Rows.ShouldNotContain(GuideRamTable.SmallModelOnGpu); // the guide's five rows stay the guide's
    }

    [Fact]
    public void TwoSmallModelsLoadedTogether_InGpuMemory_StillTakeTheSmallModelRow() =>
        GuideRamTable.Apply([Load("llama-3-8b", 0), Load("qwen-2.5-14b", 0)], users: 1, fineTuning: false, OsReserveGb).Rows
            .ShouldBe([GuideRamTable.SmallModelOnGpu]);

    [Theory]
    [InlineData("qwen-2.5-32b", 0, 1, false)]  // above 15B: the guide's no-offload row
    [InlineData("gpt-oss-20b", 0, 1, false)]   // 20.9B
    [InlineData("llama-3-8b", 0, 1, true)]     // fine-tuning: the row is for inference
    [InlineData("llama-3-8b", 0, 8, false)]    // eight users: the guide's multi-user threshold
    public void TheSmallModelRow_DoesNotApply_AboveFifteenBillion_OrWhenFineTuning_OrServingEightUsers(string model, double offloadGb, int users, bool fineTuning)
    {
        var ram = GuideRamTable.Apply([Load(model, offloadGb), Load("llama-3-8b", 0)], users, fineTuning, OsReserveGb);

        ram.Rows[0].ShouldBe(GuideRamTable.NoOffload);
        ram.MinimumGb.ShouldBeGreaterThanOrEqualTo(32);
    }

    [Fact]
    public void ASmallModelThatOffloads_GetsTheOffloadRow_NotTheSmallModelRow()
    {
        var ram = GuideRamTable.Apply([Load("qwen-2.5-14b", 3)], users: 1, fineTuning: false, OsReserveGb);

        ram.Rows.ShouldNotContain(GuideRamTable.SmallModelOnGpu);
        ram.MinimumGb.ShouldBe(GuideRamTable.PartialOffload70B.MinimumGb);
    }

    [Fact]
    public void MoreRam_NeverAddsAShortfall() =>
        Cases.Sample(c =>
        {
            var ram = GuideRamTable.Apply([Load(c.Model, c.OffloadGb)], c.Users, c.FineTuning, OsReserveGb);
            return (ram.HardShortfall(c.Ram) is not null || ram.HardShortfall(c.Ram * 2) is null)
                && (ram.HardShortfall(c.Ram) is not null || ram.SoftShortfall(c.Ram) is not null || ram.SoftShortfall(c.Ram * 2) is null);
        });

    [Fact]
    public void TheRecommendation_MeetsEveryRow() =>
        Cases.Sample(c =>
        {
            var ram = GuideRamTable.Apply([Load(c.Model, c.OffloadGb)], c.Users, c.FineTuning, OsReserveGb);
            return ram.HardShortfall(ram.RecommendedGb) is null && ram.SoftShortfall(ram.RecommendedGb) is null
                && ram.HardShortfall(ram.MinimumGb) is null;
        });

    [Fact]
    public void UnifiedMemory_IsOutsideTheTable()
    {
        var requirements = BuildFixtures.Requirements([new Workload("llama-3-70b", "Q8_0")], users: 8, fineTuning: true);
        var build = BuildFixtures.Configure("mac-studio", requirements);

        RamSizing.ForPredictions(build, [], requirements, BuildFixtures.Knowledge.Physics).ShouldBe(RamRequirement.None);
    }

    private static RamLoad Load(string model, double offloadGb) => new(BuildFixtures.Catalog.FindModel(model), offloadGb);
}
