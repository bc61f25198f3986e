using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class Rx7900XtxOpenSourceRuleTests
{
    [Fact]
    public void Fires_OnLinux()
    {
        var finding = Fire<Rx7900XtxOpenSourceRule>(Rx7900Xtx(), Requirements(os: OperatingSystemChoice.Linux)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("cheapest card with 25.8 GB ($875)");
    }

    [Fact]
    public void DoesNotFire_OnWindows()
    {
        Fire<Rx7900XtxOpenSourceRule>(Rx7900Xtx(), Requirements(os: OperatingSystemChoice.Windows)).ShouldBeEmpty();
    }
}
