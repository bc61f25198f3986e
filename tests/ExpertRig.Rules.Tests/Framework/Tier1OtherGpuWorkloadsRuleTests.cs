using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class Tier1OtherGpuWorkloadsRuleTests
{
    [Fact]
    public void Fires_WhenTheMachineAlsoRunsOtherGpuWork()
    {
        var finding = Fire<Tier1OtherGpuWorkloadsRule>(Tier1(), Requirements(otherGpuWorkloads: true)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("(guide: Choose Tier 1 if you want a workstation that also handles other GPU workloads");
    }

    [Fact]
    public void DoesNotFire_ForAnAiOnlyMachine()
    {
        Fire<Tier1OtherGpuWorkloadsRule>(Tier1(), Requirements(otherGpuWorkloads: false)).ShouldBeEmpty();
    }
}
