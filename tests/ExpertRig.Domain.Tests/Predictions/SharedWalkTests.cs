using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Predictions;
using ExpertRig.Domain.Profiles;
using ExpertRig.Domain.Tests.Builds;

namespace ExpertRig.Domain.Tests.Predictions;

/// <summary>
/// Issue 11: a workload's quantization walk is kept per consultation and shared by every build with the same
/// accelerators, host and power limit. A walk read from the memo is the walk a consultation of its own would make,
/// whatever other builds (same hardware or not) were walked before it, and builds with the same hardware share it.
/// </summary>
public sealed class SharedWalkTests
{
    public static TheoryData<string, string, int, InferenceEngine> Cases => new()
    {
        { "tier1-rtx5090", "llama-3-70b", 1, InferenceEngine.LlamaCpp },
        { "tier1-rtx5090", "qwen-2.5-32b", 4, InferenceEngine.Vllm },
        { "tier2-dual-rtx5090", "llama-3-70b", 1, InferenceEngine.LlamaCpp },
        { "tier2-dual-rtx5090", "qwen-2.5-32b", 4, InferenceEngine.Vllm },
        { "rx7900xtx", "qwen-2.5-32b", 2, InferenceEngine.LlamaCpp },
        { "mac-studio", "llama-3-70b", 1, InferenceEngine.LlamaCpp },
        { "single-rtx4090", "qwen-3-30b-a3b", 1, InferenceEngine.ExLlamaV2 },
        { "single-rtx4090", "llama-3-8b", 3, InferenceEngine.Vllm },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void AWalkReadFromTheMemo_IsTheWalkOfAConsultationOfItsOwn(string archetype, string model, int users, InferenceEngine engine)
    {
        var (alone, ownNeed, _) = Consultation(archetype, model);
        var expected = WorkloadPredictor.Alone(alone, ownNeed, engine, users, BuildFixtures.Knowledge, KvCacheType.F16);

        // One consultation: other hardware first (a single and a dual GPU build of another kind), then the build.
        var (build, need, requirements) = Consultation(archetype, model);
        foreach (var other in new[] { "single-l40s", "dual-rtx3090-nvlink", "rx7900xtx" })
        {
            var otherBuild = BuildConfigurator.Configure(BuildFixtures.Archetype(other), requirements, [need], BuildFixtures.Knowledge);
            WorkloadPredictor.Alone(otherBuild, need, engine, users, BuildFixtures.Knowledge, KvCacheType.F16);
        }

        var walked = WorkloadPredictor.Alone(build, need, engine, users, BuildFixtures.Knowledge, KvCacheType.F16);
        walked.Quant.Id.ShouldBe(expected.Quant.Id);
        walked.Estimate.Runs.ShouldBe(expected.Estimate.Runs);
        walked.Estimate.Fits.ShouldBe(expected.Estimate.Fits);
        walked.Estimate.DecodeTokensPerSecondPerUser.ShouldBe(expected.Estimate.DecodeTokensPerSecondPerUser);
        walked.Estimate.PromptTokensPerSecond.ShouldBe(expected.Estimate.PromptTokensPerSecond);
        WorkloadPredictor.Runs(build, need, engine, users, BuildFixtures.Knowledge, KvCacheType.F16).ShouldBe(expected.Estimate.Runs);
    }

    [Fact]
    public void BuildsWithTheSameHardware_GetTheSameWalkAndEstimate_AndOtherUsersDoNot()
    {
        var (build, need, _) = Consultation("tier1-rtx5090", "llama-3-70b");
        var copy = build with { };
        ReferenceEquals(copy, build).ShouldBeFalse();

        var first = WorkloadPredictor.Alone(build, need, InferenceEngine.LlamaCpp, 1, BuildFixtures.Knowledge, KvCacheType.F16);
        var shared = WorkloadPredictor.Alone(copy, need, InferenceEngine.LlamaCpp, 1, BuildFixtures.Knowledge, KvCacheType.F16);
        var fourUsers = WorkloadPredictor.Alone(copy, need, InferenceEngine.LlamaCpp, 4, BuildFixtures.Knowledge, KvCacheType.F16);

        ReferenceEquals(shared.Estimate, first.Estimate).ShouldBeTrue();
        ReferenceEquals(fourUsers.Estimate, first.Estimate).ShouldBeFalse();
    }

    private static (Build Build, WorkloadNeed Need, Requirements Requirements) Consultation(string archetype, string model)
    {
        var requirements = BuildFixtures.Requirements([new Workload(model, null, 8192, null)]);
        var needs = BuildFixtures.Needs(requirements);
        return (BuildConfigurator.Configure(BuildFixtures.Archetype(archetype), requirements, needs, BuildFixtures.Knowledge), needs[0], requirements);
    }
}

/// <summary>Issue 11: needs are put in index order without a copy when they already are in it, as a stable sort would.</summary>
public sealed class NeedsByIndexTests
{
    [Fact]
    public void EveryOrderOfThreeNeeds_ComesOutAsTheStableSortByIndex_AndAnOrderedListIsItself()
    {
        var needs = BuildFixtures.Needs(BuildFixtures.Requirements(
            [new Workload("llama-3-8b", null, 8192, null), new Workload("qwen-2.5-32b", null, 8192, null), new Workload("llama-3-70b", null, 8192, null)]));
        int[][] orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
        foreach (var order in orders)
        {
            IReadOnlyList<WorkloadNeed> shuffled = [.. order.Select(i => needs[i])];
            var sorted = WorkloadNeed.ByIndex(shuffled);
            sorted.ShouldBe(shuffled.OrderBy(n => n.Index).ToList());
            (order[0] == 0 && order[1] == 1 ? ReferenceEquals(sorted, shuffled) : !ReferenceEquals(sorted, shuffled)).ShouldBeTrue(string.Join(",", order));
        }
    }
}
