using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class AirGappedOnlineActivationRuleTests
{
    [Fact]
    public void Fires_ForAMac() =>
        RuleRun.Single<AirGappedOnlineActivationRule>(FindingKind.Warning, TestBuilds.Unified("mac-studio-m3-ultra-512gb"),
                TestProfiles.Requirements(p => p with { Privacy = Privacy.AirGapped }))
            .Text.ShouldContain("Apple's activation servers");

    [Fact]
    public void Fires_ForAWindowsPc() =>
        RuleRun.Single<AirGappedOnlineActivationRule>(FindingKind.Warning, TestBuilds.Tier2.ToBuild(),
                TestProfiles.Requirements(p => p with { Privacy = Privacy.AirGapped, Os = OperatingSystemChoice.Windows }))
            .Text.ShouldContain("Microsoft account");

    [Fact]
    public void DoesNotFire_ForALinuxPc() =>
        RuleRun.Findings<AirGappedOnlineActivationRule>(TestBuilds.Tier2.ToBuild(),
                TestProfiles.Requirements(p => p with { Privacy = Privacy.AirGapped, Os = OperatingSystemChoice.Linux }))
            .ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_ForAMacWhenNotAirGapped() =>
        RuleRun.Findings<AirGappedOnlineActivationRule>(TestBuilds.Unified("mac-studio-m3-ultra-512gb"), TestProfiles.Requirements()).ShouldBeEmpty();
}
