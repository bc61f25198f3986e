using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class EccRequiredAppleRuleTests
{
    private static readonly object Ecc = TestProfiles.Requirements(p => p with { EccRequired = true });

    [Fact]
    public void Fires_ForAMacStudio() =>
        RuleRun.Single<EccRequiredAppleRule>(FindingKind.Violation, TestBuilds.Unified("mac-studio-m3-ultra-256gb"), Ecc);

    [Fact]
    public void DoesNotFire_ForTheDgxSpark() =>
        RuleRun.Findings<EccRequiredAppleRule>(TestBuilds.Unified("dgx-spark"), Ecc).ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_WhenEccIsNotRequired() =>
        RuleRun.Findings<EccRequiredAppleRule>(TestBuilds.Unified("mac-studio-m3-ultra-256gb"), TestProfiles.Requirements()).ShouldBeEmpty();
}
