using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Profiles;
using Xunit.Abstractions;

namespace ExpertRig.Domain.Tests.Builds;

/// <summary>The guide's three build tiers and the 8× RTX 3090 server, configured for the profiles the guide describes them for.</summary>
public sealed class TierBuildTests(ITestOutputHelper output)
{
    [Fact]
    public void Tier1_HasTheGuidesParts_AndTotal()
    {
        // "Best for: professionals running models up to 34B parameters ... single-user".
        var build = BuildFixtures.Configure("tier1-rtx5090",
            BuildFixtures.Requirements([new Workload("qwen-2.5-32b", "Q4_K_M"), new Workload("llama-3-8b", "Q8_0")]));

        Ids(build).ShouldBe(
        [
            "1 rtx-5090", "1 ryzen-9-9950x", "1 proart-x870e-creator-wifi", "1 gskill-trident-z5-neo-128gb-ddr5-6000",
            "1 samsung-990-pro-2tb", "1 wd-black-sn850x-4tb", "1 corsair-hx1500i", "1 noctua-nh-d15-g2", "1 fractal-torrent",
        ]);
        ShouldBeInGuideRange(build, 5845, 7110, tolerance: 0);
    }

    [Fact]
    public void Tier2_HasTheGuidesParts_WithTwoPsusForItsPeaks()
    {
        // "Running 70B models at high quality without compromise. Small-team model serving."
        var build = BuildFixtures.Configure("tier2-dual-rtx5090",
            BuildFixtures.Requirements([new Workload("llama-3-70b", "Q4_K_M")], users: 4));

        Ids(build).ShouldBe(
        [
            "2 rtx-5090", "1 tr-7960x", "1 trx50-sage-wifi", "1 ddr5-5600-rdimm-64gb", "1 samsung-990-pro-2tb", "2 samsung-990-pro-4tb",
            "2 bequiet-dark-power-13-1000w", "1 noctua-nh-u14s-tr5-sp6", "1 thermaltake-core-p8-tg", "1 add2psu",
        ]);
        // 2 × 575 W + 350 W + 100 W = 1,600 W of peaks needs 2,000 W at 80% load: more than the guide's single 1,600 W unit.
        build.Components.Single(c => c.Category == ComponentCategory.Psu).Reason.ShouldContain("MSI MEG Ai1600T PCIE5 are 1 unit, not 2");
        ShouldBeInGuideRange(build, 11305, 14255, tolerance: 0);
    }

    [Fact]
    public void Tier3_HasTheGuidesParts_WithPsusThatFeedFour16PinCards()
    {
        // "Running 70B at FP16 ... Multi-user research team serving."
        var build = BuildFixtures.Configure("tier3-quad-l40s",
            BuildFixtures.Requirements([new Workload("llama-3-70b", "Q8_0")], users: 10));

        Ids(build).ShouldBe(
        [
            "4 l40s", "1 tr-pro-7995wx", "1 wrx90e-sage-se", "1 kingston-fury-renegade-pro-256gb-ddr5-5600-rdimm", "1 samsung-990-pro-2tb",
            "4 wd-black-sn850x-4tb", "1 seagate-ironwolf-pro-4tb", "2 asus-pro-ws-1600w-platinum", "1 ekwb-quantum-magnitude-str5-480",
            "1 rackmount-4u-gpu-chassis", "1 add2psu",
        ]);
        build.Components.Single(c => c.Category == ComponentCategory.Psu).Reason.ShouldContain("Seasonic PRIME TX-1300 have 1 12V-2x6 output each");

        // The catalog prices an L40S at the middle of the guide's $7,000-12,000 card range ($9,500), above the Tier 3 table's
        // $7,000-8,000 per card; the rest of the build lands inside the table's non-GPU share.
        var gpus = build.Components[0].SubtotalUsd;
        (build.TotalPriceUsd - gpus).ShouldBeInRange(36777 - 28000, 42631 - 32000);
        ShouldBeInGuideRange(build, 36777, 42631, tolerance: 0.15);
    }

    [Fact]
    public void EightRtx3090Server_HasFourBridges_AndThreePsus()
    {
        var build = BuildFixtures.Configure("eight-rtx3090",
            BuildFixtures.Requirements([new Workload("llama-3.1-405b", "Q4_K_M")], acceptUsed: true));

        build.GpuCount.ShouldBe(8);
        build.UsedGpus.ShouldBeTrue();
        build.AcceleratorMemoryGb.ShouldBe(192);
        build.PsuCount.ShouldBe(3); // the guide: "three 1600W PSUs"
        build.Accessories.Count(a => a.Id == "add2psu").ShouldBe(2);
        build.Storage.ShouldContain(d => d.Id == "seagate-ironwolf-pro-4tb");
        build.Gaps.ShouldBeEmpty();
        build.Cooler!.Id.ShouldBe("noctua-nh-u14s-tr4-sp3");
        build.Memory!.Type.ShouldBe(DramType.Ddr4);
        build.Memory.Module.ShouldBe(MemoryModuleKind.Rdimm);
        build.SystemRamGb.ShouldBeGreaterThanOrEqualTo(256); // the guide's RAM table for the spill; its build has 512 GB
        output.WriteLine($"eight-rtx3090: ${build.TotalPriceUsd:N0}, complete but for the risers its eight cards need; the guide: $12,000-15,000");
    }

    private static string[] Ids(Build build) => build.Components.Select(c => $"{c.Quantity} {c.Id}").ToArray();

    private void ShouldBeInGuideRange(Build build, double low, double high, double tolerance)
    {
        output.WriteLine($"{build.Archetype}: ${build.TotalPriceUsd:N0} (guide ${low:N0}-{high:N0})");
        build.TotalPriceUsd.ShouldBeInRange(low * (1 - tolerance), high * (1 + tolerance));
    }
}
