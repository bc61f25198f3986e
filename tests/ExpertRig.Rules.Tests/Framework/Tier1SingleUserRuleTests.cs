using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class Tier1SingleUserRuleTests
{
    [Fact]
    public void Fires_ForOneUser()
    {
        var build = Tier1();

        var finding = Fire<Tier1SingleUserRule>(build, Requirements(users: 1)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldStartWith("You are the only user");
    }

    [Fact]
    public void DoesNotFire_ForThreeUsers()
    {
        Fire<Tier1SingleUserRule>(Tier1(), Requirements(users: 3)).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_OnADgxSpark()
    {
        Fire<Tier1SingleUserRule>(Unified("dgx-spark", "dgx-spark"), Requirements(users: 1)).ShouldBeEmpty();
    }
}
