using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Predictions;
using ExpertRig.Domain.Profiles;
using ExpertRig.Domain.Tests.Builds;

namespace ExpertRig.Domain.Tests.Predictions;

/// <summary>
/// Issue 11: the KV-cache advice asks whether an estimate at a smaller cache would fit; the answer is read from the
/// memory plans alone (and kept per consultation) unless the estimate was made. It is the uncached estimator's
/// <see cref="InferenceEstimate.Fits"/> whether it is asked before the estimate, after it, or twice.
/// </summary>
public sealed class FitVerdictTests
{
    [Theory]
    [InlineData("tier1-rtx5090", "llama-3-70b", 8192, 1)]
    [InlineData("tier1-rtx5090", "qwen-2.5-32b", 32768, 4)]
    [InlineData("tier2-dual-rtx5090", "llama-3-70b", 32768, 1)]
    [InlineData("rx7900xtx", "qwen-2.5-32b", 16384, 2)]
    [InlineData("rx7900xtx", "llama-3-70b", 8192, 1)]
    [InlineData("mac-studio", "llama-3-70b", 65536, 1)]
    [InlineData("dual-rtx3090-nvlink", "deepseek-r1-671b", 8192, 1)]
    [InlineData("single-rtx4090", "qwen-3-30b-a3b", 65536, 1)]
    public void TheVerdict_IsTheUncachedEstimatesFits_BeforeAfterAndAgain(string archetype, string model, int context, int users)
    {
        foreach (var quant in new[] { "Q8_0", "Q6_K", "Q4_K_M", "Q2_K" })
        {
            foreach (var cache in new[] { KvCacheType.F16, KvCacheType.Q8_0, KvCacheType.Q4_0 })
            {
                var q = BuildFixtures.Catalog.Quantizations.Find(quant);
                var (build, need) = Consultation(archetype, model, context);
                var expected = Uncached(build, need, q, users, cache).Fits;

                WorkloadPredictor.FitsAt(build, need, q, InferenceEngine.LlamaCpp, users, BuildFixtures.Knowledge, cache).ShouldBe(expected, $"{quant} {cache} first");
                WorkloadPredictor.FitsAt(build, need, q, InferenceEngine.LlamaCpp, users, BuildFixtures.Knowledge, cache).ShouldBe(expected, $"{quant} {cache} kept");
                WorkloadPredictor.Estimate(build, need, q, InferenceEngine.LlamaCpp, users, BuildFixtures.Knowledge, withAssumptions: false, cache).Fits.ShouldBe(expected);

                var (other, fresh) = Consultation(archetype, model, context);
                WorkloadPredictor.Estimate(other, fresh, q, InferenceEngine.LlamaCpp, users, BuildFixtures.Knowledge, withAssumptions: false, cache);
                WorkloadPredictor.FitsAt(other, fresh, q, InferenceEngine.LlamaCpp, users, BuildFixtures.Knowledge, cache).ShouldBe(expected, $"{quant} {cache} after the estimate");
            }
        }
    }

    [Fact]
    public void SomeCasesFit_AndSomeDoNot()
    {
        // The theory above would prove little if every case gave the same answer.
        var q = BuildFixtures.Catalog.Quantizations.Find("Q4_K_M");
        var (small, eightB) = Consultation("tier1-rtx5090", "llama-3-8b", 8192);
        var (big, seventyB) = Consultation("tier1-rtx5090", "llama-3-70b", 8192);

        WorkloadPredictor.FitsAt(small, eightB, q, InferenceEngine.LlamaCpp, 1, BuildFixtures.Knowledge, KvCacheType.F16).ShouldBeTrue();
        WorkloadPredictor.FitsAt(big, seventyB, q, InferenceEngine.LlamaCpp, 1, BuildFixtures.Knowledge, KvCacheType.Q4_0).ShouldBeFalse();
    }

    private static InferenceEstimate Uncached(Build build, WorkloadNeed need, Catalog.Quantization quant, int users, KvCacheType cache) =>
        InferenceEstimator.Estimate(
            new InferenceScenario(
                need.Model.Architecture, CatalogDevices.ForQuant(quant), [.. BuildHardware.Devices(build)], InferenceEngine.LlamaCpp,
                need.ContextTokens, users, cache, BuildHardware.Host(build)),
            BuildFixtures.Knowledge.Physics,
            withAssumptions: false);

    private static (Build Build, WorkloadNeed Need) Consultation(string archetype, string model, int context)
    {
        var requirements = BuildFixtures.Requirements([new Workload(model, null, context, null)]);
        var needs = BuildFixtures.Needs(requirements);
        return (BuildConfigurator.Configure(BuildFixtures.Archetype(archetype), requirements, needs, BuildFixtures.Knowledge), needs[0]);
    }
}
