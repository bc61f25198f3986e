using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class Tier1PrimaryModelsRuleTests
{
    [Fact]
    public void Fires_WhenTheLargestModelIs32BAndFits()
    {
        var build = Tier1();
        var qwen = Need("qwen-2.5-32b", "Q4_K_M");
        var prediction = Predict(build, qwen);

        var finding = Fire<Tier1PrimaryModelsRule>(build, qwen, Need("llama-3-8b", "Q8_0", index: 1), prediction).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Build.ShouldBeSameAs(build);
        finding.Text.ShouldContain("Your largest model is Qwen2.5 32B Instruct (32.5B)");
        finding.Text.ShouldContain($"{prediction.DecodePerUser:0.#} tok/s");
        finding.Text.ShouldContain("guide: Choose Tier 1");
    }

    [Fact]
    public void DoesNotFire_WhenA70BModelIsAlsoRun()
    {
        var build = Tier1();

        Fire<Tier1PrimaryModelsRule>(Scenario(build, 1, Need("qwen-2.5-32b", "Q4_K_M"), Need("llama-3-70b", "Q3_K_M", index: 1))).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WhenTheModelDoesNotFitIn32Gb()
    {
        Fire<Tier1PrimaryModelsRule>(Scenario(Tier1(), 1, Need("qwen-2.5-32b", "F16"))).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_OnTier2()
    {
        Fire<Tier1PrimaryModelsRule>(Scenario(Tier2(), 1, Need("qwen-2.5-32b", "Q4_K_M"))).ShouldBeEmpty();
    }
}
