using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class Tier3TeamRuleTests
{
    [Fact]
    public void Fires_ForTwelveUsers()
    {
        var build = Tier3();
        var seventy = Need("llama-3-70b", "Q4_K_M");
        var prediction = Predict(build, seventy, users: 12);

        var finding = Fire<Tier3TeamRule>(build, Requirements(users: 12), seventy, prediction).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("You serve 12 concurrent users");
        finding.Text.ShouldContain($"{prediction.DecodePerUser:0.#} tok/s per user");
    }

    [Fact]
    public void DoesNotFire_ForSixUsers()
    {
        Fire<Tier3TeamRule>(Scenario(Tier3(), 6, Need("llama-3-70b", "Q4_K_M")), Requirements(users: 6)).ShouldBeEmpty();
    }
}
