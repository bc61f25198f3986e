using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Tests.Physics;

/// <summary>
/// Issue 11: an estimate's Problem is its memory plan's sentence, written when someone reads it (a consultation
/// makes many estimates that do not run and reads few of their sentences). The estimate reads, compares, hashes and
/// prints as it did when it held the string.
/// </summary>
public sealed class ProblemWhenReadTests
{
    [Fact]
    public void AnEstimateThatDoesNotRun_WritesItsPlansSentence_OnlyWhenRead()
    {
        var writes = 0;
        var estimate = Estimate("unused") with { Problem = null };
        var deferred = estimate with
        {
            DeferredProblem = new DeferredText(() =>
            {
                writes++;
                return "4 of 80 layers do not fit";
            }),
        };

        writes.ShouldBe(0);
        deferred.Problem.ShouldBe("4 of 80 layers do not fit");
        deferred.Problem.ShouldBe("4 of 80 layers do not fit");
        writes.ShouldBe(1);
    }

    [Fact]
    public void AnEstimateWithASentenceWrittenLater_EqualsAndHashesAsOneGivenTheString()
    {
        var given = Estimate("4 of 80 layers do not fit");
        var later = given with { DeferredProblem = new DeferredText(() => "4 of 80 layers do not fit") };
        var other = given with { DeferredProblem = new DeferredText(() => "another sentence") };

        later.ShouldBe(given);
        later.GetHashCode().ShouldBe(given.GetHashCode());
        other.ShouldNotBe(given);
        (given with { Problem = null }).ShouldNotBe(given);
        (given with { Problem = null }).ShouldBe(given with { DeferredProblem = null });
    }

    [Fact]
    public void ToString_PrintsTheMembersInTheOrderTheCompilerDid()
    {
        // Written by the reference build (main f135184), whose record printed its generated members.
        Estimate("why").ToString().ShouldBe(
            "InferenceEstimate { Runs = True, Fits = False, Problem = why, WeightsGb = 1, KvCacheGb = 2, TotalMemoryGb = 3, PerDevice = ExpertRig.Domain.Physics.DeviceMemoryUse[], OffloadedLayers = 4, OffloadFraction = 0, SystemRamUsedGb = 5, DecodeTokensPerSecondPerUser = 6, DecodeTokensPerSecondAggregate = 7, PromptTokensPerSecond = 8, CeilingTokensPerSecond = 9, BytesReadPerTokenGb = 10, Bound = MemoryBandwidth, DecodeTime = DecodeTimeBreakdown { AcceleratorStreamMs = 1, OffloadStreamMs = 2, OverheadMs = 3, InterconnectMs = 4, BatchComputeMs = 5, TotalMs = 15, Bound = Compute }, LoadSeconds = , Parallelism = LayerSplit, DecodePositionTokens = 11, Assumptions = ExpertRig.Domain.Physics.Assumption[], Experts = , Backend = Vulkan }");
        (Estimate("why") with { LoadSeconds = 2, Problem = null }).ToString().ShouldBe(
            "InferenceEstimate { Runs = True, Fits = False, Problem = , WeightsGb = 1, KvCacheGb = 2, TotalMemoryGb = 3, PerDevice = ExpertRig.Domain.Physics.DeviceMemoryUse[], OffloadedLayers = 4, OffloadFraction = 0, SystemRamUsedGb = 5, DecodeTokensPerSecondPerUser = 6, DecodeTokensPerSecondAggregate = 7, PromptTokensPerSecond = 8, CeilingTokensPerSecond = 9, BytesReadPerTokenGb = 10, Bound = MemoryBandwidth, DecodeTime = DecodeTimeBreakdown { AcceleratorStreamMs = 1, OffloadStreamMs = 2, OverheadMs = 3, InterconnectMs = 4, BatchComputeMs = 5, TotalMs = 15, Bound = Compute }, LoadSeconds = 2, Parallelism = LayerSplit, DecodePositionTokens = 11, Assumptions = ExpertRig.Domain.Physics.Assumption[], Experts = , Backend = Vulkan }");
    }

    [Fact]
    public void ToString_PrintsEveryPublicMember()
    {
        // The printer is written by hand (see InferenceEstimate.PrintMembers): a member added later must be added there.
        var printed = Estimate("why").ToString();
        var members = typeof(InferenceEstimate).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance);

        members.Length.ShouldBeGreaterThan(20);
        foreach (var member in members)
        {
            printed.ShouldContain($" {member.Name} = ", customMessage: $"InferenceEstimate.PrintMembers leaves out {member.Name}");
        }
    }

    [Fact]
    public void TheEstimatorsProblem_IsThePlansSentence()
    {
        // A 70B model at 8 bits on one 24 GB card, no host: layers do not fit and there is no RAM to offload to.
        var model = new ModelArchitecture(70, 70, 80, 8192, 64, 8, 128, 131_072) { VocabSize = 128_256 };
        var scenario = InferenceScenario.OnDevices(model, new WeightFormat("Q8_0", 8.5, WeightFormatFamily.Gguf), new DeviceSpec("card", DeviceClass.NvidiaGddr, 24, 1000, 165));
        var constants = PhysicsConstantsLoader.LoadDefault();

        var estimate = InferenceEstimator.Estimate(scenario, constants);

        estimate.Runs.ShouldBeFalse();
        estimate.Problem.ShouldBe(MemoryPlanner.Plan(scenario, constants).Problem);
        estimate.Problem.ShouldNotBeNull().ShouldContain("no system RAM was given");
    }

    private static InferenceEstimate Estimate(string? problem) =>
        new(true, false, problem, 1, 2, 3, new[] { new DeviceMemoryUse("gpu", 3, 1, 2, 3, 4) }, 4, 0, 5, 6, 7, 8, 9, 10,
            PerformanceBound.MemoryBandwidth, new DecodeTimeBreakdown(1, 2, 3, 4, 5), null, ParallelismMode.LayerSplit, 11, new Assumption[0])
        {
            Backend = Backend.Vulkan,
        };
}
