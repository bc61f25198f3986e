using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Sizing;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Sizing;

public sealed class KvCacheSizeRuleTests
{
    [Fact]
    public void Notes_TheKvCacheForContextTimesUsers()
    {
        var build = Tier2();
        var seventy = Need("llama-3-70b", "Q4_K_M");
        var prediction = Predict(build, seventy, users: 4);

        var finding = Fire<KvCacheSizeRule>(build, seventy, prediction).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Note);
        finding.Text.ShouldContain($"for 8,192 tokens × 4 user(s) takes {prediction.Estimate.KvCacheGb:0.#} GB");
        finding.Text.ShouldContain("of the build's 68.7 GB of accelerator memory");
    }

    [Fact]
    public void DoesNotFire_WhenTheCacheTakesOverAQuarter()
    {
        Fire<KvCacheSizeRule>(Scenario(Tier1(), 1, Need("llama-3-8b", "Q4_K_M", contextTokens: 131072))).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WhenTheWorkloadCannotRun()
    {
        Fire<KvCacheSizeRule>(Scenario(Tier1(), 1, Need("llama-3.1-405b", "Q8_0"))).ShouldBeEmpty();
    }
}
