using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class Tier2MultiUserRuleTests
{
    [Fact]
    public void Fires_ForFourConcurrentUsers()
    {
        var build = Tier2();
        var seventy = Need("llama-3-70b", "Q4_K_M");
        var prediction = Predict(build, seventy, users: 4);

        var finding = Fire<Tier2MultiUserRule>(build, Requirements(users: 4), seventy, prediction).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("You serve 4 concurrent users");
        finding.Text.ShouldContain($"{prediction.DecodePerUser:0.#} tok/s per user");
    }

    [Fact]
    public void DoesNotFire_ForOneUser()
    {
        Fire<Tier2MultiUserRule>(Scenario(Tier2(), 1, Need("llama-3-70b", "Q4_K_M")), Requirements(users: 1)).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_ForTwelveUsers()
    {
        Fire<Tier2MultiUserRule>(Scenario(Tier2(), 12, Need("llama-3-8b", "Q4_K_M")), Requirements(users: 12)).ShouldBeEmpty();
    }
}
