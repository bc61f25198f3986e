using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Sizing;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;
using ExpertRig.Domain.Predictions;

namespace ExpertRig.Rules.Tests.Sizing;

public sealed class KvCacheLargeShareRuleTests
{
    [Fact]
    public void Warns_WhenA128kContextFillsHalfTheVram()
    {
        var build = Tier1();
        var eight = Need("llama-3-8b", "Q4_K_M", contextTokens: 131072);
        var prediction = Predict(build, eight);

        var finding = Fire<KvCacheLargeShareRule>(build, eight, prediction).ShouldHaveSingleItem();

        SizingCalculations.KvShare(prediction).ShouldBeGreaterThan(0.25);
        finding.Kind.ShouldBe(FindingKind.Warning);
        finding.Text.ShouldContain($"takes {prediction.Estimate.KvCacheGb:0.#} GB, {FrameworkText.Percent(SizingCalculations.KvShare(prediction))}");
        finding.Text.ShouldContain("--cache-type-k q8_0");
    }

    [Fact]
    public void DoesNotFire_ForAn8kContext()
    {
        Fire<KvCacheLargeShareRule>(Scenario(Tier1(), 1, Need("llama-3-8b", "Q4_K_M"))).ShouldBeEmpty();
    }
}
