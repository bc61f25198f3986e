using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class UsedGpusNotAcceptedRuleTests
{
    [Fact]
    public void Fires_WhenUsedRtx3090sMeetAProfileThatRefusesUsed() =>
        RuleRun.Single<UsedGpusNotAcceptedRule>(FindingKind.Violation, TestBuilds.DualRtx3090.ToBuild(), TestProfiles.Requirements())
            .Text.ShouldContain("no longer sold new");

    [Fact]
    public void DoesNotFire_WhenUsedIsAccepted() =>
        RuleRun.Findings<UsedGpusNotAcceptedRule>(TestBuilds.DualRtx3090.ToBuild(), TestProfiles.Requirements(p => p with { AcceptUsed = true }))
            .ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_ForNewCards() =>
        RuleRun.Findings<UsedGpusNotAcceptedRule>(TestBuilds.Tier1.ToBuild(), TestProfiles.Requirements()).ShouldBeEmpty();
}
