using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Predictions;
using ExpertRig.Domain.Profiles;
using ExpertRig.Domain.Tests.Profiles;

namespace ExpertRig.Domain.Tests.Builds;

/// <summary>
/// "I will power-limit the cards" (issue 15): the profile's gpu_power_limit_percent lowers the GPUs' draw, so the PSU
/// and the circuit; and it costs speed as a measured sweep says: decode little, prompt processing more.
/// </summary>
public sealed class GpuPowerLimitTests
{
    private const string Workload = "workloads:\n  - model: llama-3-70b\n";

    [Fact]
    public void AProfileWithoutALimit_RunsTheCardsAtStock() =>
        ProfileTestText.Parse(Workload).GpuPowerLimit.IsStock.ShouldBeTrue();

    [Fact]
    public void AProfileLimit_IsRead() =>
        ProfileTestText.Parse(Workload + "gpu_power_limit_percent: 70\n").GpuPowerLimitPercent.ShouldBe(70);

    [Theory]
    [InlineData("49", "gpu_power_limit_percent must be at least 50 and at most 100, got 49")]
    [InlineData("101", "gpu_power_limit_percent must be at least 50 and at most 100, got 101")]
    [InlineData("70.5", "gpu_power_limit_percent")]
    [InlineData("high", "gpu_power_limit_percent")]
    public void ALimitOutsideFiftyToAHundred_IsRefused_NamingTheKeyAndLine(string value, string message)
    {
        var error = ProfileTestText.ErrorFor(Workload + $"gpu_power_limit_percent: {value}\n");

        error.Message.ShouldStartWith("profile.yaml:3:");
        error.Message.ShouldContain(message);
    }

    [Fact]
    public void TheWriter_KeepsALimit_AndLeavesTheStockLimitOut()
    {
        var limited = ProfileTestText.Parse(Workload + "gpu_power_limit_percent: 65\n");

        ProfileWriter.ToYaml(limited).ShouldContain("gpu_power_limit_percent: 65\n");
        ProfileWriter.ToYaml(ProfileTestText.Parse(Workload)).ShouldNotContain("gpu_power_limit_percent");
    }

    [Fact]
    public void ALimitedCard_DrawsItsShareOfItsRating_AndTheRestOfTheBuildIsUnchanged()
    {
        var build = Configure(70);
        var stock = Configure(100);
        var gpu = build.Gpu!;

        var gpus = BuildPower.Components(build).Single(c => c.Name == gpu.Name);
        gpus.SustainedWatts.ShouldBe(gpu.BoardPowerW * 0.70, 1e-9);
        gpus.PeakWatts.ShouldBe(gpu.BoardPowerW * 0.70, 1e-9);
        BuildPower.Components(build).Where(c => c.Name != gpu.Name)
            .ShouldBe(BuildPower.Components(stock).Where(c => c.Name != gpu.Name));
    }

    [Fact]
    public void TheConfigurator_SizesThePsuForTheLimitedDraw()
    {
        var limited = PowerEstimator.Estimate(BuildPower.Components(Configure(70)), BuildFixtures.Knowledge.Physics.Power);
        var stock = PowerEstimator.Estimate(BuildPower.Components(Configure(100)), BuildFixtures.Knowledge.Physics.Power);

        // Two 575 W cards at 70%: 345 W less at peak, so at most one PSU where stock needs two.
        (stock.PeakWatts - limited.PeakWatts).ShouldBe(2 * 575 * 0.30, 1e-6);
        limited.PsuCount.ShouldBeLessThanOrEqualTo(stock.PsuCount);
        Configure(70).PsuCount.ShouldBe(limited.PsuCount);
    }

    [Theory]
    [InlineData(100, 1.0, 1.0)]
    [InlineData(50, (68.3 + 62.6) / 2 / 72.6, (5_941.0 + 2_549) / 2 / 9_893)]
    public void TheSpeedFactors_AreTheSweepsShares(int percent, double decode, double prompt)
    {
        var limit = new GpuPowerLimit(percent);

        PowerLimitSpeed.DecodeFactor(limit).ShouldBe(decode, 1e-9);
        PowerLimitSpeed.PromptFactor(limit).ShouldBe(prompt, 1e-9);
    }

    [Fact]
    public void AtTheSweepsMeasuredWatts_TheFactorsAreTheMeasuredSpeeds()
    {
        // 300 W and 250 W of a 350 W RTX 3090 fall on whole percentages only approximately, so compare at the shares.
        PowerLimitSpeed.DecodeFactor(new GpuPowerLimit(86)).ShouldBe(72.1 / 72.6, 0.002);
        PowerLimitSpeed.PromptFactor(new GpuPowerLimit(86)).ShouldBe(9_326.0 / 9_893, 0.002);
        PowerLimitSpeed.DecodeFactor(new GpuPowerLimit(71)).ShouldBe(70.7 / 72.6, 0.003);
        PowerLimitSpeed.PromptFactor(new GpuPowerLimit(71)).ShouldBe(8_436.0 / 9_893, 0.01);
    }

    [Fact]
    public void DecodeLosesLessThanPromptProcessing_AndBothFallWithTheLimit()
    {
        for (var percent = GpuPowerLimit.MinPercent; percent < GpuPowerLimit.MaxPercent; percent++)
        {
            var (limit, higher) = (new GpuPowerLimit(percent), new GpuPowerLimit(percent + 1));
            PowerLimitSpeed.DecodeFactor(limit).ShouldBeGreaterThan(PowerLimitSpeed.PromptFactor(limit), $"at {percent}%");
            PowerLimitSpeed.DecodeFactor(limit).ShouldBeLessThanOrEqualTo(PowerLimitSpeed.DecodeFactor(higher), $"at {percent}%");
            PowerLimitSpeed.PromptFactor(limit).ShouldBeLessThan(PowerLimitSpeed.PromptFactor(higher), $"at {percent}%");
        }
    }

    [Fact]
    public void APrediction_OnLimitedCards_IsTheStockPredictionTimesTheFactors()
    {
        var need = Need();
        var quant = BuildFixtures.Catalog.Quantizations.Find("Q4_K_M");
        var engine = InferenceEngine.LlamaCpp;

        var stock = WorkloadPredictor.Estimate(Configure(100), need, quant, engine, 1, BuildFixtures.Knowledge);
        var limited = WorkloadPredictor.Estimate(Configure(70), need, quant, engine, 1, BuildFixtures.Knowledge);

        var limit = new GpuPowerLimit(70);
        limited.DecodeTokensPerSecondPerUser.ShouldBe(stock.DecodeTokensPerSecondPerUser * PowerLimitSpeed.DecodeFactor(limit), 1e-9);
        limited.PromptTokensPerSecond.ShouldBe(stock.PromptTokensPerSecond * PowerLimitSpeed.PromptFactor(limit), 1e-9);
        limited.CeilingTokensPerSecond.ShouldBe(stock.CeilingTokensPerSecond);
        limited.Assumptions.ShouldContain(a => a.Text.Contains("power-limited to 70%") && a.Source.Contains("llmgarage.ai"));
        stock.Assumptions.ShouldNotContain(a => a.Text.Contains("power-limited"));
    }

    [Fact]
    public void AUnifiedSystem_HasNoPowerLimit()
    {
        var system = BuildFixtures.Catalog.Systems.First();
        var build = new Build { Archetype = "t", Title = "t", Source = "t", System = system, Components = [], PowerLimit = new GpuPowerLimit(60) };
        var estimate = WorkloadPredictor.Estimate(build with { PowerLimit = GpuPowerLimit.Stock }, Need(), BuildFixtures.Catalog.Quantizations.Find("Q4_K_M"), InferenceEngine.LlamaCpp, 1, BuildFixtures.Knowledge);

        PowerLimitSpeed.Apply(estimate, build, withAssumptions: true).ShouldBeSameAs(estimate);
        BuildPower.Components(build).Single().SustainedWatts.ShouldBe(system.SustainedInferenceW);
    }

    private static WorkloadNeed Need()
    {
        var requirements = BuildFixtures.Requirements([new Workload("llama-3-70b", "Q4_K_M", 8192, null)]);
        return BuildFixtures.Needs(requirements)[0];
    }

    private static Build Configure(int percent)
    {
        var requirements = new Requirements(BuildFixtures.Requirements([new Workload("llama-3-70b", "Q4_K_M", 8192, null)]).Profile with { GpuPowerLimitPercent = percent });
        return BuildConfigurator.Configure(BuildFixtures.Archetype("tier2-dual-rtx5090"), requirements, BuildFixtures.Needs(requirements), BuildFixtures.Knowledge);
    }
}
