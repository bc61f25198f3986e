using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Tests.Builds;

public sealed class RamSizingTests
{
    [Fact]
    public void Asks_32To64Gb_WhenTheModelFitsInVram()
    {
        var ram = Size("rtx-5090", 1, [new Workload("qwen-2.5-32b", "Q4_K_M")]);

        ram.OffloadGb.ShouldBe(0);
        ram.Rows.ShouldBe([GuideRamTable.NoOffload]);
        (ram.MinimumGb, ram.RecommendedGb).ShouldBe((32, 64));
    }

    [Fact]
    public void Asks_64To128Gb_For70bWithPartialOffload()
    {
        // Llama 3 70B Q4_K_M (42.5 GB + 2.7 GB KV cache) on one 32 GB RTX 5090.
        var ram = Size("rtx-5090", 1, [new Workload("llama-3-70b", "Q4_K_M")]);

        ram.OffloadGb.ShouldBeInRange(10, 14);
        ram.Rows[0].ShouldBe(GuideRamTable.PartialOffload70B);
        (ram.MinimumGb, ram.RecommendedGb).ShouldBe((64, 128));
    }

    [Fact]
    public void Asks_256To512Gb_For405bMostlyOffloaded()
    {
        var ram = Size("rtx-4090", 1, [new Workload("llama-3.1-405b", "Q4_K_M")]);

        ram.Rows[0].ShouldBe(GuideRamTable.FullOffload405B);
        (ram.MinimumGb, ram.RecommendedGb).ShouldBe((256, 512));
    }

    [Fact]
    public void Scales_TheOffloadRows_BetweenTheGuidesTwoExamples()
    {
        // Llama 3 70B F16 (141 GB) on 48 GB: about 95 GB offloaded, between the 70B (64/128) and 405B (256/512) rows.
        var ram = Size("rtx-6000-ada", 1, [new Workload("llama-3-70b", "F16")]);

        (ram.MinimumGb, ram.RecommendedGb).ShouldBe((128, 256));
        ram.Basis.ShouldContain("of offloaded layers, scaled from the guide's 70B and 405B offload rows");
    }

    [Fact]
    public void Scales_TheOffloadRow_ForAModelOutsideThe70bClass()
    {
        // Qwen 2.5 32B at F16 (65 GB) on one 24 GB RTX 4090 spills about 45 GB: the 70B row's figures, not its name.
        var ram = Size("rtx-4090", 1, [new Workload("qwen-2.5-32b", "F16")]);

        (ram.MinimumGb, ram.RecommendedGb).ShouldBe((64, 128));
        ram.Rows[0].ShouldNotBe(GuideRamTable.PartialOffload70B);
        ram.Rows[0].Hard.ShouldBeTrue();
    }

    [Theory]
    [InlineData(8, true)]
    [InlineData(12, true)]
    [InlineData(7, false)]
    [InlineData(5, false)] // the guide's Tier 2 serves 2-6 users with 64 or 128 GB
    public void Applies_TheMultiUserRow_To70bServedToEightUsersOrMore(int users, bool applies)
    {
        var ram = Size("l40s", 4, [new Workload("llama-3-70b", "Q4_K_M")], users: users);

        ram.Rows.Contains(GuideRamTable.MultiUserServing70B).ShouldBe(applies);
        ram.RecommendedGb.ShouldBe(applies ? 256 : 192); // below 8 users: as much RAM as the four cards' 192 GB
    }

    [Fact]
    public void Applies_TheQloraRow_WhenFineTuningA70bModel()
    {
        Size("l40s", 4, [new Workload("llama-3-70b", "Q4_K_M")], fineTuning: true).Rows.ShouldContain(GuideRamTable.QloraFineTuning70B);
        Size("l40s", 4, [new Workload("llama-3-8b", "Q4_K_M")], fineTuning: true).Rows.ShouldBe([GuideRamTable.NoOffload, GuideRamTable.MatchingGpuMemory(192)]);
    }

    [Fact]
    public void Asks_AsMuchRamAsTheGpusMemory_WhenThatIsMoreThanTheGuidesRowsAsk()
    {
        // Llama 3 70B fits one 96 GB RTX PRO 6000: the no-offload row asks 32 GB, the card's memory 96 GB (soft).
        var pro = Size("rtx-pro-6000-blackwell-max-q", 1, [new Workload("llama-3-70b", "Q4_K_M")]);
        pro.Rows.ShouldBe([GuideRamTable.NoOffload, GuideRamTable.MatchingGpuMemory(96)]);
        (pro.MinimumGb, pro.RecommendedGb).ShouldBe((96, 96));
        pro.HardShortfall(32).ShouldBeNull();
        pro.SoftShortfall(64)!.Authority.ShouldBe("ExpertRig's");

        // One 24 GB card: the guide's 32 GB already covers it, and the row is left out.
        Size("rtx-4090", 1, [new Workload("qwen-2.5-32b", "Q4_K_M")]).Rows.ShouldBe([GuideRamTable.NoOffload]);
    }

    [Fact]
    public void Grows_TheBaseKit_WhenOffloadNeedsMore()
    {
        // Tier 2's 64 GB kit, with Llama 3 70B Q8_0 (75 GB) spilling out of 64 GB of VRAM.
        var build = BuildFixtures.Configure("tier2-dual-rtx5090", BuildFixtures.Requirements([new Workload("llama-3-70b", "Q8_0")]));

        build.SystemRamGb.ShouldBe(128);
        build.Memory!.Module.ShouldBe(MemoryModuleKind.Rdimm);
        (build.Memory.Modules * build.MemoryKitCount).ShouldBe(4); // one DIMM per TRX50 channel
    }

    [Fact]
    public void Fills_AllEightChannels_OnThreadripperPro()
    {
        // DeepSeek R1 671B Q4_K_M (404 GB) on 192 GB of VRAM: the offload rows ask 256/512 GB.
        var build = BuildFixtures.Configure("tier3-quad-l40s", BuildFixtures.Requirements([new Workload("deepseek-r1-671b", "Q4_K_M")]));

        build.SystemRamGb.ShouldBe(512);
        (build.Memory!.Modules * build.MemoryKitCount % 8).ShouldBe(0);
        build.Memory.Ecc.ShouldBeTrue();
    }

    [Fact]
    public void Stops_AtWhatThePlatformTakes()
    {
        // 405B on an RTX 5090 asks 512 GB; AM5 with a Ryzen 9 9950X takes 192 GB, and the catalog's kits reach 128 GB in 4 slots.
        var build = BuildFixtures.Configure("tier1-rtx5090", BuildFixtures.Requirements([new Workload("llama-3.1-405b", "Q4_K_M")]));

        build.SystemRamGb.ShouldBe(128);
        build.SystemRamGb.ShouldBeLessThanOrEqualTo(build.Motherboard!.MaxRamGb);
        build.Components.Single(c => c.Category == ComponentCategory.Memory).Reason.ShouldContain("reach at most 137.4 GB");
    }

    [Fact]
    public void Keeps_TheArchetypesKit_WhenItAlreadyMeetsTheTable()
    {
        var build = BuildFixtures.Configure("tier3-quad-l40s", BuildFixtures.Typical);

        build.Memory!.Id.ShouldBe("kingston-fury-renegade-pro-256gb-ddr5-5600-rdimm");
        build.MemoryKitCount.ShouldBe(1);
    }

    private static RamRequirement Size(string gpu, int count, Workload[] workloads, int users = 1, bool fineTuning = false)
    {
        var requirements = BuildFixtures.Requirements(workloads, users: users, fineTuning: fineTuning);
        return RamSizing.ForConfiguration(BuildFixtures.Catalog.FindGpu(gpu), count, requirements, BuildFixtures.Needs(requirements), BuildFixtures.Knowledge);
    }
}
