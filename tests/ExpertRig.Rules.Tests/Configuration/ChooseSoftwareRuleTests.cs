using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
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
    public void DoesNotFire_WithoutABuild() =>
        RuleTestSession.For<ChooseSoftwareRule>().With(Requirements()).Fire().FiredRules.ShouldBeEmpty();
}
