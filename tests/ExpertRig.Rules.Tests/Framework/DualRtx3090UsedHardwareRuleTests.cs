using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class DualRtx3090UsedHardwareRuleTests
{
    [Fact]
    public void Fires_WhenUsedGpusAreAccepted()
    {
        var finding = Fire<DualRtx3090UsedHardwareRule>(DualRtx3090Nvlink(), Requirements(acceptUsed: true)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("NVLink contacts");
    }

    [Fact]
    public void DoesNotFire_WhenUsedGpusAreNotAccepted()
    {
        Fire<DualRtx3090UsedHardwareRule>(DualRtx3090Nvlink(), Requirements(acceptUsed: false)).ShouldBeEmpty();
    }
}
