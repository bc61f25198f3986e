using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Configuration;
using ExpertRig.Rules.Tests.Support;
using static ExpertRig.Rules.Tests.Configuration.ConfigurationFacts;

namespace ExpertRig.Rules.Tests.Configuration;

public sealed class ChooseSoftwareRuleTests
{
    [Fact]
    public void Fires_WithLlamaCpp_ForOneUser() =>
        RuleTestSession.For<ChooseSoftwareRule>().With(Requirements(users: 1), Build("tier1-rtx5090")).Fire()
            .Query<SoftwareChoice>().Single().Engine.ShouldBe(InferenceEngine.LlamaCpp);

    [Fact]
    public void Fires_WithVllm_ForSeveralUsersOnNvidia() =>
        RuleTestSession.For<ChooseSoftwareRule>().With(Requirements(users: 4), Build("tier2-dual-rtx5090")).Fire()
            .Query<SoftwareChoice>().Single().Engine.ShouldBe(InferenceEngine.Vllm);

    [Fact]
    public void Fires_WithLlamaCpp_OnAppleAndAmd_WhateverTheUsers()
    {
        var session = RuleTestSession.For<ChooseSoftwareRule>()
            .With(Requirements(users: 6), Build("mac-studio"), Build("rx7900xtx")).Fire();

        session.Query<SoftwareChoice>().ShouldAllBe(s => s.Engine == InferenceEngine.LlamaCpp);
    }

    [Fact]
    public void Fires_WithVllm_ForSeveralUsers_WhenVllmRunsEveryWorkload() =>
        RuleTestSession.For<ChooseSoftwareRule>().With(Requirements(users: 4), Build("tier2-dual-rtx5090"), Need("qwen-2.5-7b", quant: null)).Fire()
            .Query<SoftwareChoice>().Single().Engine.ShouldBe(InferenceEngine.Vllm);

    [Fact]
    public void Fires_WithLlamaCpp_ForSeveralUsers_WhenVllmCannotLoadTheGgufTheProfileAsksFor()
    {
        var choice = RuleTestSession.For<ChooseSoftwareRule>()
            .With(Requirements(users: 4), Build("tier2-dual-rtx5090"), Need("llama-3-70b", "Q4_K_M"), Need("qwen-2.5-7b", quant: null, index: 1)).Fire()
            .Query<SoftwareChoice>().Single();

        choice.Engine.ShouldBe(InferenceEngine.LlamaCpp);
        choice.Reason.ShouldContain("vLLM would serve the 4 concurrent users");
        choice.Reason.ShouldContain("it cannot load Llama 3 70B at Q4_K_M, the GGUF quantization the profile asks for");
        choice.Reason.ShouldContain("; asking for awq-int4, about the same size, or leaving the quantization open lets vLLM serve it");
        choice.Reason.ShouldContain("--parallel 4");
    }

    [Fact]
    public void TheSuggestedQuantization_FollowsTheOneAskedFor_WhateverWasAskedBefore()
    {
        // Issue 11: the suggestion is kept per catalog, engine and the bits asked for; asking Q4_K_M, then Q8_0, then
        // Q4_K_M again gets each its own nearest vLLM quantization.
        string Reason(string quant) => RuleTestSession.For<ChooseSoftwareRule>()
            .With(Requirements(users: 4), Build("tier2-dual-rtx5090"), Need("llama-3-70b", quant)).Fire()
            .Query<SoftwareChoice>().Single().Reason;

        Reason("Q4_K_M").ShouldContain("; asking for awq-int4, about the same size");
        Reason("Q8_0").ShouldContain("; asking for fp8, about the same size");
        Reason("Q4_K_M").ShouldContain("; asking for awq-int4, about the same size");
    }

    [Fact]
    public void Fires_WithVllm_ForOneUser_WhenOnlyVllmLoadsTheQuantizationAskedFor() =>
        RuleTestSession.For<ChooseSoftwareRule>().With(Requirements(users: 1), Build("tier2-dual-rtx5090"), Need("qwen-2.5-32b", "FP8")).Fire()
            .Query<SoftwareChoice>().Single().Engine.ShouldBe(InferenceEngine.Vllm);

    [Fact]
    public void Fires_WithLlamaCpp_WhenSpeedComesFirst_ButExLlamaV2CannotHoldTheModel()
    {
        var speedFirst = new Requirements(Requirements().Profile with { Priorities = [Priority.Speed] });

        var choice = RuleTestSession.For<ChooseSoftwareRule>()
            .With(speedFirst, Build("tier1-rtx5090", speedFirst), Need("llama-3.1-405b", quant: null)).Fire()
            .Query<SoftwareChoice>().Single();

        choice.Engine.ShouldBe(InferenceEngine.LlamaCpp);
        choice.Reason.ShouldContain("Llama 3.1 405B does not fit in accelerator memory and it cannot offload layers to system RAM");
    }

    [Fact]
    public void DoesNotFire_WithoutABuild() =>
        RuleTestSession.For<ChooseSoftwareRule>().With(Requirements()).Fire().FiredRules.ShouldBeEmpty();
}
