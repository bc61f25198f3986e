using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Tests.Builds;

public sealed class PsuSizingTests
{
    [Fact]
    public void Lists_GpusCpuAndPlatform_AsPowerComponents()
    {
        var build = BuildFixtures.Configure("tier1-rtx5090", BuildFixtures.Typical);

        BuildPower.Components(build).ShouldBe(
        [
            new PowerComponent("NVIDIA GeForce RTX 5090", 575, 575, 1),
            new PowerComponent("AMD Ryzen 9 9950X", 170, 230),
            new PowerComponent("motherboard, RAM, storage and fans", 100, 100),
        ]);
    }

    [Fact]
    public void Allows_150W_ForTheRestOfAWorkstationPlatform()
    {
        var build = BuildFixtures.Configure("tier3-quad-l40s", BuildFixtures.Typical);

        BuildPower.PlatformWatts(build).ShouldBe(BuildPower.WorkstationPlatformWatts);
        PowerEstimator.Estimate(BuildPower.Components(build)).PeakWatts.ShouldBe((4 * 350) + 350 + 150);
    }

    [Fact]
    public void Counts_AUnifiedSystem_AsOneConsumer() =>
        BuildPower.Components(BuildFixtures.Configure("dgx-spark", BuildFixtures.Typical))
            .ShouldBe([new PowerComponent("NVIDIA DGX Spark (Founders Edition)", 240, 240)]);

    [Fact]
    public void Keeps_TheGuidesPsu_WhenItCarriesThePeaks()
    {
        var build = BuildFixtures.Configure("tier1-rtx5090", BuildFixtures.Typical);

        build.Psu!.Id.ShouldBe("corsair-hx1500i");
        build.PsuCount.ShouldBe(1);
        build.Components.Single(c => c.Category == ComponentCategory.Psu).Reason.ShouldContain("the archetype's Corsair HX1500i qualifies");
    }

    [Fact]
    public void Picks_TheSmallestPsu_ThatCarriesThePeaks()
    {
        // RTX 4090 450 W + Ryzen 9 9950X 230 W + 100 W = 780 W → 975 W at 80% load → the 1,000 W be quiet! unit.
        var build = BuildFixtures.Configure("single-rtx4090", BuildFixtures.Typical);

        build.Psu!.Watts.ShouldBe(1000);
        build.PsuCount.ShouldBe(1);
        build.Accessories.ShouldBeEmpty();
    }

    [Fact]
    public void Splits_AnEightGpuServer_OverThreeSynchronisedPsus()
    {
        var build = BuildFixtures.Configure("eight-rtx3090", BuildFixtures.Typical);
        var power = PowerEstimator.Estimate(BuildPower.Components(build));

        power.PeakWatts.ShouldBe((8 * 350) + 240 + 150);
        build.PsuCount.ShouldBe(3);
        (build.Psu!.Watts * build.PsuCount).ShouldBeGreaterThanOrEqualTo(power.RequiredPsuWatts);
        build.Accessories.Count(a => a.Id == "add2psu").ShouldBe(2);
    }

    [Fact]
    public void Gives_Every16PinGpu_ANative12V2x6Output()
    {
        foreach (var archetype in BuildFixtures.Archetypes.Where(a => !a.IsUnified))
        {
            var build = BuildFixtures.Configure(archetype.Id, BuildFixtures.Typical);
            if (build.Gpu!.PowerConnector == Catalog.PowerConnectorKind.TwelveVolt2x6)
            {
                (build.Psu!.Connectors12V2x6 * build.PsuCount).ShouldBeGreaterThanOrEqualTo(build.GpuCount * build.Gpu.PowerConnectorCount, archetype.Id);
            }
        }
    }

    [Fact]
    public void Needs_NoMoreThanOnePsu_ForASingleGpuBuild()
    {
        var requirements = BuildFixtures.Requirements([new Workload("llama-3-8b", "Q4_K_M")]);

        foreach (var id in new[] { "tier1-rtx5090", "single-rtx4090", "rtx6000-ada", "rx7900xtx", "single-l40s", "rtx-pro-6000" })
        {
            BuildFixtures.Configure(id, requirements).PsuCount.ShouldBe(1, id);
        }
    }
}
