using ExpertRig.Domain.Builds;
using CsCheck;
using ExpertRig.Domain.Catalog;
using ExpertRig.Rules.Compatibility;
using ExpertRig.Rules.Tests.Support;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class PcieLaneBudgetTests
{
    private static readonly string[] Platforms = ["tier1", "tier2", "tier3"];

    private static readonly Gen<PcSpec> Specs =
        Gen.Select(
            Gen.OneOf(Platforms),
            Gen.Int[0, TestKnowledge.Catalog.Gpus.Count - 1].Select(i => TestKnowledge.Catalog.Gpus[i].Id),
            Gen.Int[1, 7],
            Gen.Int[1, 6])
        .Select((platform, gpu, count, drives) => (platform switch
        {
            "tier1" => TestBuilds.Tier1,
            "tier2" => TestBuilds.Tier2,
            _ => TestBuilds.Tier3,
        }) with { Gpu = gpu, GpuCount = count, Storage = [.. Enumerable.Repeat("samsung-990-pro-2tb", drives)] });

    [Fact]
    public void Allocates_NoMoreCpuLanesThanTheCpuHasLeft_WhenEveryGpuCanHaveX8() =>
        Specs.Sample(spec =>
        {
            var build = spec.ToBuild();
            var allocation = PcieLaneBudget.Allocate(build);
            if (allocation is null || PcieLaneBudget.LanesForX8PerGpu(build) > PcieLaneBudget.CpuLanesForGpus(build))
            {
                return true;
            }

            var cpuLanes = allocation.Links.Where(l => l.Via == LaneSource.Cpu).Sum(l => l.Lanes);
            return cpuLanes <= PcieLaneBudget.CpuLanesForGpus(build)
                && allocation.Links.Count == build.GpuCount
                && allocation.Links.All(l => l.Lanes <= build.Gpu!.PcieLanes);
        });

    [Fact]
    public void Puts_NvmeDrivesOnChipsetLanesFirst()
    {
        var build = (TestBuilds.Tier1 with { Storage = [.. Enumerable.Repeat("samsung-990-pro-2tb", 8)] }).ToBuild();

        // Ryzen 9 9950X: 28 chipset lanes hold seven x4 drives; the eighth takes four of the 24 CPU lanes.
        PcieLaneBudget.DriveLanesOnCpu(build).ShouldBe(4);
        PcieLaneBudget.CpuLanesForGpus(build).ShouldBe(20);
    }

    [Fact]
    public void Gives_AnX8CardItsFullWidth()
    {
        var allocation = PcieLaneBudget.Allocate((TestBuilds.Tier1 with { Gpu = "rtx-4060-ti-16gb" }).ToBuild())!;

        allocation.Widths.ShouldBe("x8");
        PcieLaneBudget.HasHalvedLink((TestBuilds.Tier1 with { Gpu = "rtx-4060-ti-16gb" }).ToBuild()).ShouldBeFalse();
    }
}
