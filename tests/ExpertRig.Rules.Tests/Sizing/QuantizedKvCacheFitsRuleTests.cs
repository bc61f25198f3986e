using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Predictions;
using ExpertRig.Rules.Sizing;
using ExpertRig.Rules.Tests.Support;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Sizing;

public sealed class QuantizedKvCacheFitsRuleTests
{
    [Fact]
    public void Advises_Q8Cache_WhenItAloneMakesTheWorkloadFit()
    {
        // Llama 3 70B Q4_K_M on one 48 GB card: four 8K conversations need 10.7 GB of f16 cache, more than is left.
        var build = SingleWorkstationCard("rtx-6000-ada", "workstation");
        var seventy = Need("llama-3-70b", "Q4_K_M");
        var prediction = Predict(build, seventy, users: 4);
        prediction.Estimate.Fits.ShouldBeFalse();

        var finding = Fire<QuantizedKvCacheFitsRule>(build, seventy, prediction, Requirements(users: 4)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Note);
        finding.Text.ShouldContain("with a q8_0 KV cache");
        finding.Text.ShouldContain("-fa --cache-type-k q8_0 --cache-type-v q8_0");
        var q8 = KvCacheAdvice.CacheThatFits(prediction, 4, KvCacheType.F16, TestKnowledge.Instance)!.Value;
        q8.Estimate.Fits.ShouldBeTrue();
        finding.Text.ShouldContain($"predicted {q8.Estimate.DecodeTokensPerSecondPerUser:0.#} tok/s per user");
    }

    [Fact]
    public void DoesNotFire_WhenTheWorkloadFits()
    {
        var build = SingleWorkstationCard("rtx-6000-ada", "workstation");
        var seventy = Need("llama-3-70b", "Q4_K_M");
        Fire<QuantizedKvCacheFitsRule>(build, seventy, Predict(build, seventy), Requirements()).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WhenEvenAQ4CacheLeavesTheWeightsTooLarge()
    {
        var build = Tier1();
        var seventy = Need("llama-3-70b", "Q4_K_M");
        Fire<QuantizedKvCacheFitsRule>(build, seventy, Predict(build, seventy), Requirements()).ShouldBeEmpty();
    }
}
