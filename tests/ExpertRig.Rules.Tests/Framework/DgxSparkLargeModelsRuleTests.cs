using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class DgxSparkLargeModelsRuleTests
{
    [Fact]
    public void Fires_WhenA70BRunsAndLowSpeedWillDo()
    {
        var build = Unified("dgx-spark", "dgx-spark");
        var seventy = Need("llama-3-70b", "Q4_K_M", minTokensPerSecond: 4);
        var prediction = Predict(build, seventy);

        var finding = Fire<DgxSparkLargeModelsRule>(build, seventy, prediction).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("Your largest model is Llama 3 70B (70.6B) and a low speed will do");
        finding.Text.ShouldContain($"{prediction.DecodePerUser:0.#} tok/s");
    }

    [Fact]
    public void DoesNotFire_WhenTheUserNeedsMoreThan10TokensPerSecond()
    {
        Fire<DgxSparkLargeModelsRule>(Scenario(Unified("dgx-spark", "dgx-spark"), 1, Need("llama-3-70b", "Q4_K_M", minTokensPerSecond: 20))).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WhenThePredictionMissesAModestNeed()
    {
        Fire<DgxSparkLargeModelsRule>(Scenario(Unified("dgx-spark", "dgx-spark"), 1, Need("llama-3-70b", "Q8_0", minTokensPerSecond: 8))).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_ForA32BModel()
    {
        Fire<DgxSparkLargeModelsRule>(Scenario(Unified("dgx-spark", "dgx-spark"), 1, Need("qwen-2.5-32b", "Q8_0"))).ShouldBeEmpty();
    }
}
