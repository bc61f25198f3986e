using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Sizing;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Sizing;

public sealed class CpuOffloadPenaltyRuleTests
{
    [Fact]
    public void Warns_WithTheFractionOffloadedAndTheSpeed()
    {
        var build = Tier1();
        var seventy = Need("llama-3-70b", "Q4_K_M");
        var prediction = Predict(build, seventy);

        var finding = Fire<CpuOffloadPenaltyRule>(build, seventy, prediction).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Warning);
        finding.Text.ShouldStartWith($"{prediction.Estimate.OffloadedLayers} of Llama 3 70B's 80 layers ({FrameworkText.Percent(prediction.Estimate.OffloadFraction)})");
        finding.Text.ShouldContain("run from system RAM at 89.6 GB/s");
        finding.Text.ShouldNotContain(" %");
        finding.Text.ShouldContain($"predicted {prediction.DecodePerUser:0.#} tok/s per user");
    }

    [Fact]
    public void DoesNotFire_WhenTheModelFits()
    {
        Fire<CpuOffloadPenaltyRule>(Scenario(Tier2(), 1, Need("llama-3-70b", "Q4_K_M"))).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WhenTheModelCannotRunAtAll()
    {
        Fire<CpuOffloadPenaltyRule>(Scenario(Tier1(), 1, Need("llama-3.1-405b", "Q8_0"))).ShouldBeEmpty();
    }
}
