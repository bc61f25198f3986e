using ExpertRig.Domain;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Testing;

namespace ExpertRig.Advisor.Tests.Composition;

/// <summary>The buyers of issue 12 (docs/examples/buyers): what a knowledgeable person would sign, and why the rest is left out.</summary>
public sealed class BuyerScenarios
{
    private static readonly HashSet<string> Templates = [.. Advisor.Default.Archetypes.Select(a => a.Id)];

    private static Consultation Buyer(string name) =>
        Consult.Profile(Advisor.Default.ProfileLoader.Load(Repository.Path("docs", "examples", "buyers", name + ".yaml")));

    [Fact]
    public void Linux2500Coder32B_GetsOneUsedRtx3090OnABudgetPlatform_AtTheSpeedAsked()
    {
        var consultation = Buyer("b2500-linux-coder-32b");

        consultation.Ranked.ShouldNotBeEmpty();
        var top = consultation.Ranked[0].Build;
        top.Gpu!.Id.ShouldBe("rtx-3090");
        top.GpuCount.ShouldBe(1);
        top.UsedGpus.ShouldBeTrue();
        top.TotalPriceUsd.ShouldBeLessThanOrEqualTo(2500);
        consultation.PredictionsFor(top).Single().DecodePerUser.ShouldBeGreaterThanOrEqualTo(25);
        Templates.ShouldNotContain(top.Archetype);
    }

    [Fact]
    public void Linux20000For405B_GetsEightUsedRtx3090s_TheComposedServerFirst_AndTheGuidesOnRisersWithOneSlotBifurcatedX8X8()
    {
        var consultation = Buyer("b20000-405b-8x3090");

        consultation.Ranked.ShouldNotBeEmpty();

        // The layer-split bound for builds that spill into RAM leaves the slow in-slot options out, so the composed
        // server (the guide's cards and board on the cheaper EPYC 7543P) gets a place, and is the better buy.
        var top = consultation.Ranked[0].Build;
        top.Archetype.ShouldBe("8x-rtx-3090-romed8-2t");
        top.UsedGpus.ShouldBeTrue();
        top.TotalPriceUsd.ShouldBeLessThan(12_000);
        consultation.PredictionsFor(top).Single().DecodePerUser.ShouldBeGreaterThanOrEqualTo(1);
        GpuSlotPlanner.IsOnRisers(top).ShouldBeTrue();

        var server = consultation.Ranked.Single(r => r.Build.Archetype == "eight-rtx3090").Build;
        server.TotalPriceUsd.ShouldBeLessThanOrEqualTo(20000);
        consultation.PredictionsFor(server).Single().DecodePerUser.ShouldBeGreaterThanOrEqualTo(1);
        consultation.FindingsFor(server).ShouldContain(f => f.Kind == FindingKind.Endorsement && f.Rule == "eight-rtx3090-405b-server");

        // Eight risers from the ROMED8-2T's seven slots, slot 7 split x8/x8 by one adapter; every line says why.
        var risers = server.Components.Single(c => c.Id == "linkup-ultra-pcie4-x16-riser");
        risers.Quantity.ShouldBe(8);
        risers.Reason.ShouldContain("slots 1–7");
        var adapter = server.Components.Single(c => c.Id == "pcie-x16-to-x8x8-bifurcation-adapter");
        adapter.Quantity.ShouldBe(1);
        adapter.Reason.ShouldContain("slot 7");
        var links = PcieLaneBudget.Allocate(server)!.Links;
        links.Count.ShouldBe(8);
        links.ShouldAllBe(l => l.Lanes >= PcieLaneBudget.MinimumGpuLanes);
        consultation.FindingsFor(server).Single(f => f.Rule == "gpus-share-lanes-at-x8").Text.ShouldContain("slot 7 is bifurcated x8/x8");
    }

    [Fact]
    public void Linux20000For405BAtQ4KM_ConsidersTwoDgxSparks_AndRejectsThemForSpeed()
    {
        var consultation = Buyer("b20000-405b-8x3090");

        consultation.Violations("2x-dgx-spark-cluster").ShouldBe(["speed-below-need"]);
    }

    [Fact]
    public void Linux10000For405B_GetsTwoDgxSparksOverQsfp_PricedWithBothUnitsAndTheCable_AsATwoMachineCluster()
    {
        var consultation = Buyer("b10000-405b-linux");

        consultation.Ranked.ShouldNotBeEmpty();
        var top = consultation.Ranked[0].Build;
        top.Archetype.ShouldBe("2x-dgx-spark-cluster");
        top.IsCluster.ShouldBeTrue();
        top.Title.ShouldContain("two machines");
        top.Components.Single(c => c.Id == "dgx-spark").Quantity.ShouldBe(2);
        top.Components.Single(c => c.Id == "qsfp112-dac-0-5m").Reason.ShouldContain("port to port");
        top.TotalPriceUsd.ShouldBeLessThanOrEqualTo(10_000);
        consultation.PredictionsFor(top).Single().DecodePerUser.ShouldBeGreaterThanOrEqualTo(1);
        consultation.FindingsFor(top).ShouldContain(f => f.Rule == "two-machine-cluster");
        consultation.FindingsFor(top).ShouldContain(f => f.Kind == FindingKind.Endorsement && f.Rule == "dgx-spark-pair-for-405b");

        // One Spark is evaluated too (the guide's template) and cannot hold the model.
        consultation.Violations("dgx-spark").ShouldContain("workload-cannot-run");
    }

    [Theory]
    [InlineData("b20000-72b-open")]
    [InlineData("b16000-windows-70b")]
    public void ABuyerTheClusterCannotServe_FindsItInTheLedgerWithTheReason(string buyer)
    {
        var pruned = Buyer(buyer).Pruned.Single(p => p.Option.StartsWith("2× DGX Spark", StringComparison.Ordinal));

        pruned.Because.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void TheGuides15000For405BBuyer_GetsAComposedManyCardBuild_WithinBudget_AndTheEightCardBuildOnRisersIsRankedToo()
    {
        var consultation = Consult.Profile(Advisor.Default.ProfileLoader.Load(Repository.Path("docs", "examples", "budget-405b.yaml")));

        consultation.Ranked.ShouldNotBeEmpty();
        var top = consultation.Ranked[0].Build;
        Templates.ShouldNotContain(top.Archetype);
        top.GpuCount.ShouldBeGreaterThan(4);
        top.TotalPriceUsd.ShouldBeLessThanOrEqualTo(15000);
        consultation.PredictionsFor(top).ShouldAllBe(p => p.MeetsSpeed);

        var eight = consultation.Ranked.Select(r => r.Build).Single(b => b.GpuCount == 8);
        GpuSlotPlanner.IsOnRisers(eight).ShouldBeTrue();
        eight.Components.Single(c => c.Id == "linkup-ultra-pcie4-x16-riser").Quantity.ShouldBe(8);
        PcieLaneBudget.Allocate(eight)!.Links.ShouldAllBe(l => l.Lanes >= PcieLaneBudget.MinimumGpuLanes);

        // The guide's own server is evaluated too and seated on its risers: it breaks this budget (with the EPYC 7713
        // it names) and the 70B Q8_0 speed, never the slots.
        consultation.Violations("eight-rtx3090").ShouldContain("within-budget");
        consultation.Violations("eight-rtx3090").ShouldNotContain("enough-x16-slots");
    }

    [Fact]
    public void WithoutARiserInTheCatalog_TheEightRtx3090ServerIsStillRejectedForItsSlots()
    {
        var top = Buyer("b20000-405b-8x3090").Ranked.Single(r => r.Build.Archetype == "eight-rtx3090").Build;
        var withoutRisers = top with { Accessories = [.. top.Accessories.Where(a => a.Kind != ExpertRig.Domain.Catalog.AccessoryKind.RiserCable)] };

        GpuSlotPlanner.IsOnRisers(top).ShouldBeTrue();
        GpuSlotPlanner.IsOnRisers(withoutRisers).ShouldBeFalse();
        GpuSlotPlanner.PlanFor(withoutRisers).ShouldBeNull();
    }

    [Fact]
    public void Linux1200For14B_GetsANewRtx3060OnTheAm4Ddr4Platform_WithinBudget()
    {
        var consultation = Buyer("b1200-linux-14b");

        consultation.Ranked.ShouldNotBeEmpty();
        var top = consultation.Ranked[0].Build;
        top.Gpu!.Id.ShouldBe("rtx-3060-12gb");
        top.UsedGpus.ShouldBeFalse();
        top.Cpu!.Socket.ShouldBe("AM4");
        top.SystemRamGb.ShouldBe(16); // Qwen 2.5 14B sits in the card: the small-model row's 16 GB minimum
        top.Storage.Count.ShouldBe(1);
        top.TotalPriceUsd.ShouldBeLessThanOrEqualTo(1200);
        consultation.PredictionsFor(top).Single().DecodePerUser.ShouldBeGreaterThanOrEqualTo(15);
        Templates.ShouldNotContain(top.Archetype);
    }

    [Fact]
    public void Windows800For8B_GetsAUsedRtx3060OnA520_With16GbOfRam_ABudgetCaseAndDrive_AndItsLicence_WithinBudget()
    {
        var consultation = Buyer("b0800-windows-8b");

        consultation.Ranked.ShouldNotBeEmpty();
        var top = consultation.Ranked[0].Build;
        top.Gpu!.Id.ShouldBe("rtx-3060-12gb");
        top.UsedGpus.ShouldBeTrue();
        top.Cpu!.Id.ShouldBe("ryzen-5-5600");
        top.Motherboard!.Id.ShouldBe("asrock-a520m-hdv");
        top.SystemRamGb.ShouldBe(16);
        top.Components.Select(c => c.Id).ShouldBe(
            ["rtx-3060-12gb", "ryzen-5-5600", "asrock-a520m-hdv", "ddr4-3200-16gb-kit", "kingston-nv3-500gb", "msi-mag-a550bn",
             "amd-wraith-stealth", "cooler-master-masterbox-q300l", "windows-11-home-oem"],
            ignoreOrder: true);
        top.TotalPriceUsd.ShouldBeLessThanOrEqualTo(800);
        consultation.PredictionsFor(top).Single().DecodePerUser.ShouldBeGreaterThanOrEqualTo(20);
        // 16 GB is the small-model row's minimum, below the 32 GB it recommends: a warning naming ExpertRig's row, not a rejection.
        consultation.FindingsFor(top).ShouldContain(f => f.Rule == "ram-below-recommended" && f.Text.Contains("meets ExpertRig's") && f.Text.Contains("Ollama"));
        consultation.FindingsFor(top).ShouldNotContain(f => f.Rule == "ram-below-minimum");
    }

    [Theory]
    [InlineData("b0800-windows-8b")]
    [InlineData("b2500-linux-coder-32b")]
    [InlineData("b4000-linux-32b")]
    [InlineData("b8000-70b-q4-15")]
    public void ComposedBuilds_PutCardsOf350WOrMoreInAHighAirflowCase_AndOnlySmallCardsInTheBudgetCase(string buyer)
    {
        var consultation = Buyer(buyer);

        foreach (var build in consultation.Builds.Where(b => b.Composed))
        {
            build.Case!.Cools(build.Gpu!).ShouldBeTrue(build.Archetype);
            if (build.Gpu!.Cooler == ExpertRig.Domain.Catalog.GpuCooler.OpenAir && build.Gpu.BoardPowerW >= 350)
            {
                build.Case.Id.ShouldNotBe("cooler-master-masterbox-q300l", build.Archetype);
            }
        }
    }

    [Theory]
    [InlineData("b0800-windows-8b", true)]
    [InlineData("b16000-windows-70b", true)]
    [InlineData("b1200-linux-14b", false)]
    [InlineData("b8000-70b-q4-15", false)]
    public void EveryDiscreteBuild_BuysOneWindowsLicence_ExactlyWhenTheProfileAsksForWindows(string buyer, bool windows)
    {
        var consultation = Buyer(buyer);

        foreach (var build in consultation.Builds.Where(b => !b.IsUnified))
        {
            build.Accessories.Count(a => a.Kind == ExpertRig.Domain.Catalog.AccessoryKind.OsLicence).ShouldBe(windows ? 1 : 0, build.Archetype);
        }
    }

    [Fact]
    public void Rtx3090sWithNvlink_AreComposedAndEvaluatedBesideTheUnbridgedPair_AndRejectedWhereTheLinkBuysNothing()
    {
        // At $6,000 the single 48-96 GB cards are over budget and leave the bridged pair its candidate place; at the
        // profile's $8,000 a 96 GB card's lower bound is among the two nearest over budget and fills it (ledgered).
        var profile = Advisor.Default.ProfileLoader.Load(Repository.Path("docs", "examples", "buyers", "b8000-70b-q4-15.yaml"));
        var consultation = Consult.Profile(profile with { BudgetUsd = 6000 });

        var bridged = consultation.Builds.Single(b => b.Composed && b.UsesNvlink && b.Gpu!.Id == "rtx-3090");
        var unbridged = consultation.Builds.Single(b => b.Composed && !b.UsesNvlink && b.Gpu!.Id == "rtx-3090" && b.GpuCount == 2);
        bridged.TotalPriceUsd.ShouldBeGreaterThan(unbridged.TotalPriceUsd);
        consultation.Violations(bridged.Archetype).ShouldContain("dominated-build"); // llama.cpp splits layers: the link carries nothing
        consultation.RankedArchetypes().ShouldContain(unbridged.Archetype);
    }

    [Fact]
    public void Am4Builds_KeepTheCoolerInTheRyzen5_5600sBox_InsteadOfBuyingOne()
    {
        var top = Buyer("b1200-linux-14b").Ranked[0].Build;

        top.Cpu!.Id.ShouldBe("ryzen-5-5600");
        var cooler = top.Components.Single(c => c.Category == ComponentCategory.Cooler);
        cooler.Id.ShouldBe("amd-wraith-stealth");
        cooler.SubtotalUsd.ShouldBe(0);
        cooler.Reason.ShouldContain("box");
    }

    [Fact]
    public void ACardOnAnOlderGenerationSlot_HasABoardLineSayingWhyItLosesNoSpeed()
    {
        var consultation = Buyer("b4000-linux-32b");

        var onGen3 = consultation.Ranked.Select(r => r.Build).First(b => b.Gpu?.Id == "rtx-4090" && b.GpuCount == 1);
        var board = onGen3.Components.Single(c => c.Category == ComponentCategory.Motherboard);
        board.Reason.ShouldContain("runs at PCIe 3.0, below the NVIDIA GeForce RTX 4090's PCIe 4.0");
        board.Reason.ShouldContain("loses no inference speed");
    }

    [Fact]
    public void Linux2500Coder32B_PutsTheUsedRtx3090OnTheCheapestPlatformThatCarriesIt()
    {
        var top = Buyer("b2500-linux-coder-32b").Ranked[0].Build;

        top.Cpu!.Socket.ShouldBe("AM4");
        top.TotalPriceUsd.ShouldBeLessThan(1700);
        top.Psu!.Watts.ShouldBeGreaterThanOrEqualTo(650);
    }

    [Fact]
    public void Buyer8000For70BQ4At15_GetsSeveralTwoCardBuilds_TheGuidesPairAmongThem()
    {
        var consultation = Buyer("b8000-70b-q4-15");

        consultation.Ranked.Count.ShouldBeGreaterThanOrEqualTo(3);
        consultation.Ranked.Take(3).ShouldAllBe(r => r.Build.GpuCount == 2);
        consultation.RankedArchetypes().ShouldContain("dual-rtx3090-nvlink");
        consultation.Ranked.Select(r => r.Build.Gpu!.Id).Distinct().Count().ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public void Open72BAt20000_PutsA5BitPairUnder5000_AheadOfThe19000PairThatRunsIt_At8Bits()
    {
        // The guide puts 5 bits at 97–98% of FP16 quality and 8 bits at 99% (QualityScore): one or two points of
        // quality and 10% more speed do not outweigh four times the price for a buyer who names speed.
        var consultation = Buyer("b20000-72b-open");

        var top = consultation.Ranked[0].Build;
        top.TotalPriceUsd.ShouldBeLessThan(5_000);
        var quant = consultation.PredictionsFor(top).Single().Quant;
        quant.BitsPerWeight.ShouldBeGreaterThanOrEqualTo(4.8);
        var pair = consultation.Ranked.Single(r => r.Build.Gpu?.Id == "rtx-pro-6000-blackwell-max-q" && r.Build.GpuCount == 2);
        pair.Rank.ShouldBeGreaterThan(1);
        consultation.PredictionsFor(pair.Build).Single().Quant.BitsPerWeight.ShouldBeGreaterThan(quant.BitsPerWeight);
    }

    [Fact]
    public void Windows16000For70B_PutsThe96GbCardOnAPlatformWithAtLeastAsMuchRam_NotOnTheTwoDimmA520()
    {
        // Every build the guide specifies has at least as much RAM as VRAM (GuideRamTable.MatchingGpuMemory); the
        // A520 board takes 64 GB in its two DIMM slots, so the $8,750 card goes to AM5 with 128 GB.
        var consultation = Buyer("b16000-windows-70b");

        var composed = consultation.Ranked.Select(r => r.Build)
            .Single(b => b.Gpu?.Id == "rtx-pro-6000-blackwell-max-q" && b.GpuCount == 1 && !Templates.Contains(b.Archetype));
        composed.SystemRamGb.ShouldBeGreaterThanOrEqualTo(composed.Gpu!.VramGb);
        composed.Motherboard!.Id.ShouldNotBe("asrock-a520m-hdv");
        composed.Cpu!.Socket.ShouldBe("AM5");
        composed.TotalPriceUsd.ShouldBeLessThanOrEqualTo(16_000);
        consultation.FindingsFor(composed).ShouldNotContain(f => f.Rule == "ram-below-recommended");
    }

    [Fact]
    public void Tier1Practitioner_TheComposedRtx5090ThatOffloads70B_SitsOnABoardThatTakesTheGuidesRecommendedRam()
    {
        // The guide recommends 128 GB for a 70B model with partial CPU offloading; the DDR4 B550 board takes 64 GB, so
        // within the $7,500 budget the RTX 5090 goes to a four-DIMM DDR5 board and offloads at DDR5's bandwidth.
        var consultation = Consult.Profile(Advisor.Default.ProfileLoader.Load(Repository.Path("docs", "examples", "tier1-practitioner.yaml")));

        var composed = consultation.Ranked.Select(r => r.Build)
            .Single(b => b.Gpu?.Id == "rtx-5090" && b.GpuCount == 1 && !Templates.Contains(b.Archetype));
        composed.Motherboard!.MemoryType.ShouldBe(DramType.Ddr5);
        composed.SystemRamGb.ShouldBeGreaterThanOrEqualTo(128);
        composed.TotalPriceUsd.ShouldBeLessThanOrEqualTo(7_500);
        consultation.FindingsFor(composed).ShouldNotContain(f => f.Rule == "ram-below-recommended");
    }

    [Fact]
    public void Team45000_KeepsItsNewTrx50Platform_AndIsToldItsRamIsBelowTheCardsMemory()
    {
        // 384 GB of GPU memory: only the used SP3 server or a $17,500 512 GB set on WRX90 would match it; the buyer has
        // not accepted used parts and the set breaks the budget, so the build stays and the RAM rule says what it lacks.
        var consultation = Buyer("b45000-team-405b");

        var top = consultation.Ranked[0].Build;
        top.Cpu!.PriceUsd.New.ShouldNotBeNull();
        top.SystemRamGb.ShouldBeLessThan(top.AcceleratorMemoryGb);
        consultation.FindingsFor(top).Single(f => f.Rule == "ram-below-recommended").Text.ShouldContain("ExpertRig's");
    }

    [Theory]
    [InlineData("b20000-72b-open")]
    [InlineData("b4000-linux-32b")]
    [InlineData("b16000-windows-70b")]
    public void WithTheQuantizationOpen_NoRankedBuildRunsBelowAboutFourBits(string buyer)
    {
        var consultation = Buyer(buyer);

        consultation.Ranked.ShouldNotBeEmpty();
        foreach (var ranked in consultation.Ranked)
        {
            consultation.PredictionsFor(ranked.Build).ShouldAllBe(p => p.Quant.BitsPerWeight >= 4.0, ranked.Build.Archetype);
        }
    }

    [Fact]
    public void Windows1200For8To14B_LoadedTogether_GetsA16GbCardOnA520With16GbOfRam_AtQuantizationsChosenTogether_WithinBudget()
    {
        var consultation = Buyer("b1200-windows-8-14b");

        consultation.Ranked.ShouldNotBeEmpty();
        var top = consultation.Ranked[0].Build;
        top.Gpu!.Id.ShouldBe("rtx-4060-ti-16gb");
        top.SystemRamGb.ShouldBe(16);
        top.Components.ShouldContain(c => c.Id == "windows-11-home-oem");
        top.TotalPriceUsd.ShouldBeLessThanOrEqualTo(1200);
        var predictions = consultation.PredictionsFor(top);
        AcceleratorMemory.TogetherGb(predictions).ShouldBeLessThanOrEqualTo(AcceleratorMemory.UsableGb(top, Advisor.Default.Knowledge.Physics));
        predictions.ShouldAllBe(p => p.Quant.BitsPerWeight >= 4.0 && p.MeetsSpeed);
        predictions.ShouldContain(p => p.AloneQuant != null && p.AloneQuant.BitsPerWeight > p.Quant.BitsPerWeight);
        consultation.FindingsFor(top).ShouldContain(f => f.Rule == "quantizations-chosen-together");
        var cheapest = consultation.Rejected.MinBy(b => b.TotalPriceUsd)!;
        cheapest.Gpu!.Id.ShouldBe("rtx-3060-12gb");
        consultation.Violations(cheapest.Archetype).ShouldBe(["workloads-together-exceed-memory"]);
        consultation.Pruned.ShouldContain(p => p.Option.StartsWith("1× RX 7900 XTX") && p.Because.Contains("Windows"));
    }

    [Fact]
    public void DeepSeekR1On10000_UnderTheCandidateCap_EvaluatesTheBridgedRtx3090PairBesideItsTwin_AndManyCardModels()
    {
        // 14 composed places and dozens of undominated options: one card's many counts no longer fill them all, and a
        // bridged pair whose twin is kept has its place reserved (it lost it to cheaper platforms' options before).
        var consultation = Buyer("b10000-deepseek-r1");

        var composed = consultation.Builds.Where(b => !Templates.Contains(b.Archetype)).ToList();
        composed.Select(b => b.Archetype).ShouldContain("2x-rtx-3090-romed8-2t-nvlink");
        composed.Select(b => b.Archetype).ShouldContain("2x-rtx-3090-romed8-2t");
        composed.Select(b => b.Gpu!.Id).Distinct().Count().ShouldBeGreaterThanOrEqualTo(8);
        consultation.Pruned.ShouldNotContain(p => p.Option == "2× RTX 3090 (used) with NVLink");
    }

    [Theory]
    [InlineData("b45000-team-405b")]
    public void LoadedTogether_EveryRankedBuildHoldsAllItsWorkloadsAtOnce(string buyer)
    {
        var consultation = Buyer(buyer);

        consultation.Ranked.ShouldNotBeEmpty();
        foreach (var ranked in consultation.Ranked)
        {
            var usable = AcceleratorMemory.UsableGb(ranked.Build, Advisor.Default.Knowledge.Physics);
            AcceleratorMemory.TogetherGb(consultation.PredictionsFor(ranked.Build)).ShouldBeLessThanOrEqualTo(usable, ranked.Build.Archetype);
        }
    }

    [Fact]
    public void Windows1200For8To14B_OneModelAtATime_GetsTheUsedRtx3060OnAm4_WithinBudget()
    {
        var profile = Advisor.Default.ProfileLoader.Load(Repository.Path("docs", "examples", "buyers", "b1200-windows-8-14b.yaml"));

        var consultation = Consult.Profile(profile with { RunTogether = false });

        consultation.Ranked.ShouldNotBeEmpty();
        var top = consultation.Ranked[0].Build;
        top.Gpu!.Id.ShouldBe("rtx-3060-12gb");
        top.UsedGpus.ShouldBeTrue();
        top.TotalPriceUsd.ShouldBeLessThanOrEqualTo(1200);
        consultation.PredictionsFor(top).ShouldAllBe(p => p.Quant.BitsPerWeight >= 4.0);
    }

    [Fact]
    public void DeepSeekR1On10000_GetsAUsedEpycWithOneGpu_TheExpertsInEightChannelsOfRam_WithinBudget()
    {
        var consultation = Buyer("b10000-deepseek-r1");

        consultation.Ranked.ShouldNotBeEmpty();
        var top = consultation.Ranked[0].Build;
        top.GpuCount.ShouldBe(1);
        top.Cpu!.Socket.ShouldBe("SP3");
        top.Cpu.MemoryChannels.ShouldBe(8);
        top.SystemRamGb.ShouldBeGreaterThanOrEqualTo(512);
        top.TotalPriceUsd.ShouldBeLessThanOrEqualTo(10_000);
        top.Components.ShouldContain(c => c.Category == ComponentCategory.Cooler && c.Id == "noctua-nh-u14s-tr4-sp3");
        var r1 = consultation.PredictionsFor(top).Single();
        r1.Estimate.Runs.ShouldBeTrue();
        r1.Quant.BitsPerWeight.ShouldBeGreaterThanOrEqualTo(4.0);
        r1.Estimate.SystemRamUsedGb.ShouldBeGreaterThan(300);
        consultation.Ranked.ShouldAllBe(r => !consultation.Violations(r.Build.Archetype).Any());
        consultation.Pruned.ShouldNotContain(p => p.Option == "1× RTX 3060 12GB (used)");
    }

    [Fact]
    public void DeepSeekR1On10000CostFirst_KeepsTheUsedRtx3060First_AndItsUpgradePathSaysWhatTheRtx3090BuysForEachDollar()
    {
        // Cost first: the cheapest build that runs R1 ranks first. The platform and 512 GB of RAM are most of its price,
        // so the used RTX 3090 on the same SP3 platform buys 19% more speed for 9% more money; the report says so.
        var consultation = Buyer("b10000-deepseek-r1");

        var top = consultation.Ranked[0].Build;
        top.Gpu!.Id.ShouldBe("rtx-3060-12gb");
        var step = consultation.Ranked.Single(r => r.Build.Gpu?.Id == "rtx-3090" && r.Build.GpuCount == 1);
        var note = consultation.FindingsFor(top).Single(f => f.Rule == "better-value-step-up");
        note.Kind.ShouldBe(FindingKind.Note);
        note.Text.ShouldContain($"build {step.Rank}, {step.Build.Title}");
        note.Text.ShouldContain($"For {Figures.Usd(step.Build.TotalPriceUsd - top.TotalPriceUsd)} more");
        note.Text.ShouldContain("tok/s per $1,000");
        consultation.Ranked.Skip(1).ShouldAllBe(r => consultation.FindingsFor(r.Build).All(f => f.Rule != "better-value-step-up"));
    }

    [Fact]
    public void A32GbCardWhoseModelSitsInVram_KeepsTheBudgetAm4Platform_AndItsBoardLineSaysWhyItLosesNoSpeed()
    {
        // No platform floor for 32 GB cards (docs/configurator.md): with the model in VRAM the guide's CPU, RAM-channel
        // and link arguments do not apply ("a modern consumer CPU is sufficient"; two channels "irrelevant" without
        // offloading; a slower link costs "startup time only"), so the RTX 5090 goes on the cheapest board that takes it.
        var consultation = Consult.Profile(new Profile
        {
            Workloads = [new Workload("qwen-2.5-32b", null, 8192, 45)],
            BudgetUsd = 6000,
            Os = OperatingSystemChoice.Linux,
            Priorities = [Priority.Speed],
        });

        var top = consultation.Ranked[0].Build;
        top.Gpu!.Id.ShouldBe("rtx-5090");
        top.GpuCount.ShouldBe(1);
        top.Cpu!.Socket.ShouldBe("AM4");
        consultation.PredictionsFor(top).Single().Estimate.Fits.ShouldBeTrue();
        top.SystemRamGb.ShouldBeGreaterThanOrEqualTo(top.AcceleratorMemoryGb);
        top.Components.Single(c => c.Category == ComponentCategory.Motherboard).Reason.ShouldContain("loses no inference speed");
    }

    [Fact]
    public void Windows16000For70BWithFourUsers_IsToldThatItsVllmLaunchLineRunsUnderWsl_AndTheLinuxTeamIsNot()
    {
        var windows = Buyer("b16000-windows-70b");
        var top = windows.Ranked[0].Build;
        windows.FindingsFor(top).ShouldContain(f => f.Rule == "vllm-launch");
        windows.FindingsFor(top).Single(f => f.Rule == "vllm-on-windows-runs-in-wsl").Text.ShouldContain("WSL");

        var linux = Buyer("b45000-team-405b");
        linux.FindingsFor(linux.Ranked[0].Build).ShouldContain(f => f.Rule == "vllm-launch");
        linux.Findings.ShouldNotContain(f => f.Rule == "vllm-on-windows-runs-in-wsl");
    }

    [Theory]
    [InlineData("b2500-linux-coder-32b")]
    [InlineData("b8000-70b-q4-15")]
    [InlineData("b4000-linux-32b")]
    public void WhereNoDearerBuildBuysMoreSpeedPerDollar_TheRecommendedBuildHasNoStepUpNote(string buyer)
    {
        var consultation = Buyer(buyer);

        consultation.FindingsFor(consultation.Ranked[0].Build).ShouldNotContain(f => f.Rule == "better-value-step-up");
    }

    [Fact]
    public void Team45000_GetsEccWorkstationsThatHoldBothModels()
    {
        var consultation = Buyer("b45000-team-405b");

        consultation.Ranked.ShouldNotBeEmpty();
        consultation.Ranked.ShouldAllBe(r => r.Build.Cpu!.Ecc && r.Build.Motherboard!.Ecc);
        consultation.Ranked[0].Build.TotalPriceUsd.ShouldBeLessThanOrEqualTo(45_000);
    }

    [Fact]
    public void TypicalProfile_TwoModelsThatFitAloneButNotTogether_AreNotCalledFeasible()
    {
        var typical = Advisor.Default.ProfileLoader.Load(Repository.Example("typical.yaml"));

        var consultation = Consult.Profile(typical with { RunTogether = true });

        consultation.Violations("dual-rtx3090-nvlink").ShouldContain("workloads-together-exceed-memory");
    }

    [Fact]
    public void TypicalProfile_OneAtATime_LetsTheGuidesPairThrough()
    {
        var typical = Advisor.Default.ProfileLoader.Load(Repository.Example("typical.yaml"));

        var consultation = Consult.Profile(typical with { RunTogether = false });

        consultation.Violations("dual-rtx3090-nvlink").ShouldNotContain("workloads-together-exceed-memory");
        consultation.RankedArchetypes().ShouldContain("dual-rtx3090-nvlink");
    }

    [Theory]
    [InlineData("b2500-linux-coder-32b")]
    [InlineData("b8000-70b-q4-15")]
    [InlineData("b4000-linux-32b")]
    [InlineData("b20000-405b-8x3090")]
    [InlineData("b10000-405b-linux")]
    public void Pruning_NeverRemovesABuildThatTheUnprunedSearchRanksInTheTopThree(string buyer)
    {
        var profile = Advisor.Default.ProfileLoader.Load(Repository.Path("docs", "examples", "buyers", buyer + ".yaml"));

        var pruned = Advisor.Default.Consult(profile).RankedArchetypes();
        var reference = Advisor.Default.Consult(profile, prune: false);
        var unpruned = reference.RankedArchetypes().Take(3).ToList();

        // Every build the unpruned search ranks in its top three is ranked by the pruned search too, and the pruned
        // top three holds them unless a build the reference never configures (the same cards on the platform the
        // pruned search picks for its RAM bandwidth; the reference takes the cheapest that seats them) ranks above.
        unpruned.ShouldAllBe(a => pruned.Contains(a));
        var evaluated = reference.Builds.Select(b => b.Archetype).ToHashSet();
        pruned.Take(3).Except(unpruned).ShouldAllBe(a => !evaluated.Contains(a));
    }
}
