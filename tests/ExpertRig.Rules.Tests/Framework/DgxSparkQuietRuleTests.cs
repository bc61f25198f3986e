using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class DgxSparkQuietRuleTests
{
    [Fact]
    public void Fires_WhenQuietIsAPriority()
    {
        var finding = Fire<DgxSparkQuietRule>(Unified("dgx-spark", "dgx-spark"), Requirements(priorities: [Priority.Quiet])).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("at most 240 W");
    }

    [Fact]
    public void DoesNotFire_WhenQuietIsNotAPriority()
    {
        Fire<DgxSparkQuietRule>(Unified("dgx-spark", "dgx-spark"), Requirements(priorities: [Priority.Cost])).ShouldBeEmpty();
    }
}
