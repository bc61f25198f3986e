using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Predictions;
using ExpertRig.Domain.Profiles;
using ExpertRig.Domain.Tests.Builds;

namespace ExpertRig.Domain.Tests.Physics;

/// <summary>
/// Issue 11: a prediction's assumption texts are written when someone reads them, not when the estimate is made, and
/// the estimate with texts has the numbers of the one without (made once). What is read is what the eager estimator
/// writes, the power limit's sentence last.
/// </summary>
public sealed class DeferredAssumptionsTests
{
    [Theory]
    [InlineData("tier2-dual-rtx5090", 100, null)]
    [InlineData("tier2-dual-rtx5090", 70, null)]
    [InlineData("tier2-dual-rtx5090", 100, "Q4_K_M")]
    public void TheTextsRead_AreTheEagerEstimatorsTexts(string archetype, int powerLimitPercent, string? quant)
    {
        var (build, need) = Consultation(archetype, powerLimitPercent);
        var q = BuildFixtures.Catalog.Quantizations.Find(quant ?? "Q6_K");

        var deferred = WorkloadPredictor.Estimate(build, need, q, InferenceEngine.LlamaCpp, 1, BuildFixtures.Knowledge);
        var eager = Eager(build, need, q);

        deferred.Assumptions.Select(a => (a.Text, a.Source)).ShouldBe(eager.Assumptions.Select(a => (a.Text, a.Source)));
        deferred.Assumptions.Count.ShouldBe(eager.Assumptions.Count);
        deferred.PerDevice.ShouldBe(eager.PerDevice);
        (deferred with { Assumptions = [], PerDevice = eager.PerDevice }).ShouldBe(eager with { Assumptions = [] });
        if (powerLimitPercent < 100)
        {
            deferred.Assumptions[^1].Text.ShouldContain($"power-limited to {powerLimitPercent}%");
        }
    }

    [Fact]
    public void TheEstimateWithTexts_HasTheNumbersOfTheEstimateWithout_AndIsMadeOnce()
    {
        var (build, need) = Consultation("tier2-dual-rtx5090", 100);
        var q = BuildFixtures.Catalog.Quantizations.Find("Q4_K_M");

        var plain = WorkloadPredictor.Estimate(build, need, q, InferenceEngine.LlamaCpp, 1, BuildFixtures.Knowledge, withAssumptions: false);
        var explained = WorkloadPredictor.Estimate(build, need, q, InferenceEngine.LlamaCpp, 1, BuildFixtures.Knowledge);

        plain.Assumptions.ShouldBeEmpty();
        (explained with { Assumptions = plain.Assumptions }).ShouldBe(plain);
        WorkloadPredictor.Estimate(build, need, q, InferenceEngine.LlamaCpp, 1, BuildFixtures.Knowledge).ShouldBeSameAs(explained);
    }

    private static InferenceEstimate Eager(Build build, WorkloadNeed need, Catalog.Quantization quant)
    {
        var scenario = new InferenceScenario(
            need.Model.Architecture, CatalogDevices.ForQuant(quant), BuildHardware.Devices(build), InferenceEngine.LlamaCpp,
            need.ContextTokens, 1, KvCacheType.F16, BuildHardware.KnownHost(build));
        return PowerLimitSpeed.Apply(InferenceEstimator.Estimate(scenario, BuildFixtures.Knowledge.Physics, withAssumptions: true), build, withAssumptions: true);
    }

    private static (Build Build, WorkloadNeed Need) Consultation(string archetype, int powerLimitPercent)
    {
        var workload = new Workload("llama-3-70b", null, 8192, null);
        var requirements = new Requirements(BuildFixtures.Requirements([workload]).Profile with { GpuPowerLimitPercent = powerLimitPercent });
        var needs = BuildFixtures.Needs(requirements);
        return (BuildConfigurator.Configure(BuildFixtures.Archetype(archetype), requirements, needs, BuildFixtures.Knowledge), needs[0]);
    }
}
