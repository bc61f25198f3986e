using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Predictions;
using ExpertRig.Domain.Profiles;
using ExpertRig.Domain.Tests.Builds;

namespace ExpertRig.Domain.Tests.Predictions;

/// <summary>
/// Issue 11: a quantization walk estimates only the rungs whose speed it reads or keeps; the others answer whether
/// they fit and run from their memory placement. The walk keeps the rung, and "does this engine run it" gives the
/// answer, that the walk estimating every rung (kept here as the oracle) gives, whether the engine's check comes
/// first (as the software rule asks it) or not, for engines that offload and engines that cannot, models that fit,
/// need offload or do not run at all, with and without a speed need.
/// </summary>
public sealed class LazyWalkTests
{
    private static readonly string[] Archetypes = ["single-rtx4090", "dual-rtx3090-nvlink", "tier3-quad-l40s", "mac-studio", "rx7900xtx", "dgx-spark"];

    private static readonly string[] Models = ["llama-3-8b", "qwen-2.5-32b", "llama-3-70b", "qwen-3-30b-a3b", "gpt-oss-120b", "deepseek-r1-671b"];

    private static readonly InferenceEngine[] Engines = [InferenceEngine.LlamaCpp, InferenceEngine.Vllm, InferenceEngine.ExLlamaV2, InferenceEngine.Mlx];

    [Fact]
    public void TheLazyWalk_KeepsWhatTheEagerWalkKeeps_AndRunsAnswersAsIt()
    {
        var kinds = new HashSet<(bool Runs, bool Fits)>();
        foreach (var (archetype, model) in Archetypes.SelectMany(a => Models.Select(m => (a, m))))
        {
            foreach (double? speed in new double?[] { null, 25 })
            {
                foreach (var users in new[] { 1, 4 })
                {
                    foreach (var engine in Engines)
                    {
                        var expected = EagerWalk(Fresh(archetype, model, speed), engine, users);
                        kinds.Add((expected.Estimate.Runs, expected.Estimate.Fits));
                        var what = $"{archetype} {model} {speed} {users} {engine}";

                        // As the software rule asks: does the engine run it, then the walk.
                        var (build, need) = Fresh(archetype, model, speed);
                        WorkloadPredictor.Runs(build, need, engine, users, BuildFixtures.Knowledge).ShouldBe(expected.Estimate.Runs, what);
                        Same(WorkloadPredictor.Alone(build, need, engine, users, BuildFixtures.Knowledge, KvCacheType.F16), expected, what);

                        // The walk alone, then the check read from it.
                        (build, need) = Fresh(archetype, model, speed);
                        Same(WorkloadPredictor.Alone(build, need, engine, users, BuildFixtures.Knowledge, KvCacheType.F16), expected, what);
                        WorkloadPredictor.RunsWalked(build, need, engine, users, BuildFixtures.Knowledge).ShouldBe(expected.Estimate.Runs, what);
                    }
                }
            }
        }

        kinds.ShouldBe([(true, true), (true, false), (false, false)], ignoreOrder: true, "the cases fit, need offload and do not run");
    }

    private static void Same((Quantization Quant, InferenceEstimate Estimate) actual, (Quantization Quant, InferenceEstimate Estimate) expected, string what)
    {
        actual.Quant.Id.ShouldBe(expected.Quant.Id, what);
        actual.Estimate.Runs.ShouldBe(expected.Estimate.Runs, what);
        actual.Estimate.Fits.ShouldBe(expected.Estimate.Fits, what);
        actual.Estimate.Problem.ShouldBe(expected.Estimate.Problem, what);
        actual.Estimate.TotalMemoryGb.ShouldBe(expected.Estimate.TotalMemoryGb, what);
        actual.Estimate.OffloadedLayers.ShouldBe(expected.Estimate.OffloadedLayers, what);
        actual.Estimate.DecodeTokensPerSecondPerUser.ShouldBe(expected.Estimate.DecodeTokensPerSecondPerUser, what);
        actual.Estimate.PromptTokensPerSecond.ShouldBe(expected.Estimate.PromptTokensPerSecond, what);
    }

    // A consultation of its own (each need has its own memo): the archetype configured for one workload.
    private static (Build Build, WorkloadNeed Need) Fresh(string archetype, string model, double? speed)
    {
        var requirements = BuildFixtures.Requirements([new Workload(model, null, 8192, speed)], budget: 100_000);
        var needs = BuildFixtures.Needs(requirements);
        return (BuildConfigurator.Configure(BuildFixtures.Archetype(archetype), requirements, needs, BuildFixtures.Knowledge), needs[0]);
    }

    // The walk as it was written before rungs were estimated lazily: every rung tried is estimated.
    private static (Quantization Quant, InferenceEstimate Estimate) EagerWalk((Build Build, WorkloadNeed Need) consultation, InferenceEngine engine, int users)
    {
        var (build, need) = consultation;
        InferenceEstimate At(Quantization q) => WorkloadPredictor.Estimate(build, need, q, engine, users, BuildFixtures.Knowledge, withAssumptions: false);
        bool MeetsSpeed(InferenceEstimate e) => need.IsMetBy(e.DecodeTokensPerSecondPerUser);
        var candidates = new List<(Quantization Quant, InferenceEstimate Estimate)>();
        foreach (var q in QuantLadder.For(BuildFixtures.Knowledge.Catalog, engine, need.QualityFloor))
        {
            var estimate = At(q);
            if (estimate.Fits && MeetsSpeed(estimate))
            {
                return (q, estimate);
            }

            candidates.Add((q, estimate));
        }

        if (!candidates.Any(c => c.Estimate.Fits))
        {
            var running = candidates.FindLastIndex(c => c.Estimate.Runs && MeetsSpeed(c.Estimate));
            running = running >= 0 ? running : candidates.FindLastIndex(c => c.Estimate.Runs);
            if (running >= 0)
            {
                return candidates[running];
            }
        }

        Func<InferenceEstimate, bool>[] preferences = [e => e.Fits && MeetsSpeed(e), e => e.Runs && MeetsSpeed(e), e => e.Fits, e => e.Runs];
        foreach (var preferred in preferences)
        {
            var hit = candidates.FindIndex(c => preferred(c.Estimate));
            if (hit >= 0)
            {
                return candidates[hit];
            }
        }

        return candidates[^1];
    }
}
