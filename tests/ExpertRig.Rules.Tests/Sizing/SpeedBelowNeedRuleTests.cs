using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Sizing;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Sizing;

public sealed class SpeedBelowNeedRuleTests
{
    [Fact]
    public void Rejects_WhenThePredictionMissesTheNeed()
    {
        var build = Tier1();
        var seventy = Need("llama-3-70b", "Q4_K_M", minTokensPerSecond: 20);
        var prediction = Predict(build, seventy);

        var finding = Fire<SpeedBelowNeedRule>(build, seventy, prediction).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Violation);
        finding.Text.ShouldBe($"Llama 3 70B at Q4_K_M needs 20 tok/s per user, predicted {prediction.DecodePerUser:0.#} for 1 user(s).");
    }

    [Fact]
    public void DoesNotFire_WhenTheNeedIsMet()
    {
        Fire<SpeedBelowNeedRule>(Scenario(Tier1(), 1, Need("llama-3-8b", "Q4_K_M", minTokensPerSecond: 20))).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WithoutASpeedNeed()
    {
        Fire<SpeedBelowNeedRule>(Scenario(Tier1(), 1, Need("llama-3-70b", "Q4_K_M"))).ShouldBeEmpty();
    }
}
