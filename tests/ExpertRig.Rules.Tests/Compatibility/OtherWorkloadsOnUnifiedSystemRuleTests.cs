using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class OtherWorkloadsOnUnifiedSystemRuleTests
{
    private static readonly object Gaming = TestProfiles.Requirements(p => p with { OtherGpuWorkloads = true });

    [Fact]
    public void Fires_ForTheDgxSpark() =>
        RuleRun.Single<OtherWorkloadsOnUnifiedSystemRule>(FindingKind.Warning, TestBuilds.Unified("dgx-spark"), Gaming)
            .Text.ShouldContain("nothing but AI inference");

    [Fact]
    public void Fires_ForAMac() =>
        RuleRun.Single<OtherWorkloadsOnUnifiedSystemRule>(FindingKind.Warning, TestBuilds.Unified("mac-studio-m4-max-128gb"), Gaming)
            .Text.ShouldContain("through Metal");

    [Fact]
    public void DoesNotFire_ForAnRtx5090Pc() =>
        RuleRun.Findings<OtherWorkloadsOnUnifiedSystemRule>(TestBuilds.Tier1.ToBuild(), Gaming).ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_WhenOnlyLlmsRun() =>
        RuleRun.Findings<OtherWorkloadsOnUnifiedSystemRule>(TestBuilds.Unified("dgx-spark"), TestProfiles.Requirements()).ShouldBeEmpty();
}
