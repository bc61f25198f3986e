using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class MacosRequiresAppleRuleTests
{
    private static readonly object MacOs = TestProfiles.Requirements(p => p with { Os = OperatingSystemChoice.MacOS });

    [Fact]
    public void Fires_ForAPc() =>
        RuleRun.Single<MacosRequiresAppleRule>(FindingKind.Violation, TestBuilds.Tier1.ToBuild(), MacOs);

    [Fact]
    public void Fires_ForTheDgxSpark() =>
        RuleRun.Single<MacosRequiresAppleRule>(FindingKind.Violation, TestBuilds.Unified("dgx-spark"), MacOs);

    [Fact]
    public void DoesNotFire_ForAMac() =>
        RuleRun.Findings<MacosRequiresAppleRule>(TestBuilds.Unified("mac-studio-m3-ultra-96gb"), MacOs).ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_WhenAnyOsWillDo() =>
        RuleRun.Findings<MacosRequiresAppleRule>(TestBuilds.Tier1.ToBuild(), TestProfiles.Requirements()).ShouldBeEmpty();
}
