using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Tests.Physics;

public sealed class PowerEstimatorTests
{
    private readonly PowerConstants constants = PhysicsFiles.LoadConstants().Power;

    [Fact]
    public void Sizes_A1200WPsu_ForTheGuidesSingleRtx5090Build()
    {
        // The guide: 575 W (GPU) + 250 W (CPU) + 100 W (rest) = 925 W → "Use a 1,200W PSU minimum".
        var power = PowerEstimator.Estimate(SingleRtx5090(), constants);
        power.PeakWatts.ShouldBe(925);
        power.PsuCount.ShouldBe(1);
        power.PsuUnitWatts.ShouldBe(1200);
    }

    [Fact]
    public void Requires_TwoPsus_ForFourGpuWorkstation()
    {
        // The guide: 4 × 400 W + 350 W + 150 W = 2,100 W+ → "dual PSU configuration (two 1,200–1,600W units)".
        var power = PowerEstimator.Estimate(
            [new("RTX 6000 Ada", 300, 400, 4), new("Threadripper Pro 7995WX", 350, 350), new("board, RAM, storage, fans", 150, 150)],
            constants);
        power.NeedsMultiplePsus.ShouldBeTrue();
        power.PsuCount.ShouldBe(2);
        power.PsuUnitWatts.ShouldBeInRange(1200, 1600);
    }

    [Fact]
    public void Computes_AmpsAtBothVoltages_FromWallDraw()
    {
        var power = PowerEstimator.Estimate(SingleRtx5090(), constants);
        power.SustainedWallWatts.ShouldBe(power.SustainedWatts / constants.PsuEfficiency, 1e-9);
        power.AmpsAt120V.ShouldBe(power.SustainedWallWatts / 120, 1e-9);
        power.AmpsAt240V.ShouldBe(power.AmpsAt120V / 2, 1e-9);
    }

    [Theory]
    [InlineData(1000, "15a-120v")]
    [InlineData(1600, "20a-120v")]
    [InlineData(2200, "15a-240v")]
    [InlineData(3200, "20a-240v")]
    [InlineData(4500, "30a-240v")]
    public void Picks_TheSmallestCircuit_UnderTheEightyPercentRule(double sustainedDcWatts, string circuit)
    {
        var power = PowerEstimator.Estimate([new("machine", sustainedDcWatts, sustainedDcWatts)], constants);
        power.SmallestSufficientCircuit.ShouldNotBeNull().Circuit.Id.ShouldBe(circuit);
    }

    [Fact]
    public void Fails_ACircuit_WhenSustainedDrawExceedsEightyPercent()
    {
        // 1,500 W DC ÷ 0.90 = 1,667 W at the wall = 13.9 A > 12 A allowed on 15 A.
        var check = CircuitCheck.For(HouseholdCircuit.Standard[0], 1667, 1667, constants);
        check.Suffices.ShouldBeFalse();
        check.Reason.ShouldContain("continuous limit");
    }

    [Fact]
    public void Fails_ACircuit_WhenPeakExceedsTheBreaker()
    {
        var check = CircuitCheck.For(HouseholdCircuit.Standard[0], 1000, 1900, constants);
        check.Suffices.ShouldBeFalse();
        check.Reason.ShouldContain("breaker");
    }

    [Fact]
    public void Matches_TheGuidesYearlyCost_For2kWAroundTheClock()
    {
        // The guide: 24/7 at $0.15/kWh ≈ $2,628/year, i.e. 2.0 kW at the wall.
        var power = PowerEstimator.Estimate([new("tier 3", 2000 * constants.PsuEfficiency, 2000)], constants);
        var cost = PowerEstimator.YearlyCost(power, 24, 0.15);
        cost.KilowattHoursPerYear.ShouldBe(17520, 0.5);
        cost.CostPerYear.ShouldBe(2628, 0.5);
    }

    [Fact]
    public void Rejects_ComponentsWithPeakBelowSustained()
    {
        Should.Throw<ArgumentException>(() => PowerEstimator.Estimate([new("odd", 500, 400)], constants));
    }

    private static IReadOnlyList<PowerComponent> SingleRtx5090() =>
        [new("RTX 5090", 500, 575), new("Ryzen 9 9950X", 200, 250), new("board, RAM, storage, cooling", 80, 100)];
}
