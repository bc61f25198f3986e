using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class Rtx3090EndOfLifeRuleTests
{
    [Fact]
    public void Warns_OnTheNvlinkPair()
    {
        var finding = Fire<Rtx3090EndOfLifeRule>(DualRtx3090Nvlink()).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Warning);
        finding.Text.ShouldContain("This build uses 2 × RTX 3090");
        finding.Text.ShouldContain("end-of-life");
    }

    [Fact]
    public void Warns_OnTheEightCardServer()
    {
        Fire<Rtx3090EndOfLifeRule>(EightRtx3090()).ShouldHaveSingleItem().Text.ShouldContain("8 × RTX 3090");
    }

    [Fact]
    public void DoesNotFire_OnRtx5090Builds()
    {
        Fire<Rtx3090EndOfLifeRule>(Tier1(), Tier2()).ShouldBeEmpty();
    }
}
