using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Sizing;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Sizing;

public sealed class RamBelowRecommendedRuleTests
{
    [Fact]
    public void Warns_WhenAnOffloadMeetsTheMinimumButNotTheRecommendation()
    {
        var finding = Fire<RamBelowRecommendedRule>(Scenario(WithRam(Tier1(), 64), 1, Need("llama-3-70b", "Q4_K_M")), Requirements()).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Warning);
        finding.Text.ShouldBe("68.7 GB of system RAM meets the guide's 68.7 GB minimum but not the 137.4 GB it recommends for a 70B model with partial CPU offloading.");
    }

    [Fact]
    public void Warns_BelowTheSoftMinimumForMultiUserServing()
    {
        var build = WithRam(Tier3(), 64);

        Fire<RamBelowRecommendedRule>(Scenario(build, 8, Need("llama-3-70b", "Q4_K_M")), Requirements(users: 8)).ShouldHaveSingleItem()
            .Text.ShouldBe("68.7 GB of system RAM is below the guide's 137.4 GB minimum (274.9 GB recommended) for multi-user serving of a 70B-class model.");
    }

    [Fact]
    public void Warns_From8ConcurrentUsers_AsTheGuidesRowSays()
    {
        Fire<RamBelowRecommendedRule>(Scenario(WithRam(Tier3(), 128), 8, Need("llama-3-70b", "Q4_K_M")), Requirements(users: 8)).ShouldHaveSingleItem()
            .Text.ShouldBe("137.4 GB of system RAM meets the guide's 137.4 GB minimum but not the 274.9 GB it recommends for multi-user serving of a 70B-class model.");
    }

    [Fact]
    public void DoesNotFire_For6ConcurrentUsers_TheGuidesTier2Range()
    {
        // Tier 2 serves "2–6 concurrent users" with 64 or 128 GB: the multi-user row starts at its "8 users". 192 GB
        // matches the four cards' memory (ExpertRig's row), and is below the multi-user row's 256 GB recommendation.
        Fire<RamBelowRecommendedRule>(Scenario(WithRam(Tier3(), 192), 6, Need("llama-3-70b", "Q4_K_M")), Requirements(users: 6)).ShouldBeEmpty();
    }

    [Fact]
    public void Fires_WhenRamIsBelowTheGpusMemory_NamingExpertRigsRow()
    {
        // Four 48 GB L40S (192 GB) with 128 GB of RAM: the guide's no-offload row (32/64 GB) is met, its builds' pattern is not.
        Fire<RamBelowRecommendedRule>(Scenario(WithRam(Tier3(), 128), 1, Need("llama-3-70b", "Q4_K_M")), Requirements())
            .Single().Text.ShouldContain("below ExpertRig's 206.2 GB minimum (206.2 GB recommended) for loading onto 206.2 GB of GPU memory");
    }

    [Fact]
    public void DoesNotFire_WhenAHardMinimumIsMissed()
    {
        Fire<RamBelowRecommendedRule>(Scenario(WithRam(Tier1(), 32), 1, Need("llama-3-70b", "Q4_K_M")), Requirements()).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WhenTheRecommendationIsMet()
    {
        Fire<RamBelowRecommendedRule>(Scenario(Tier1(), 1, Need("llama-3-70b", "Q4_K_M")), Requirements()).ShouldBeEmpty();
    }
}
