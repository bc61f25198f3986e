using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class AppleRequiresMacosRuleTests
{
    [Theory]
    [InlineData(OperatingSystemChoice.Linux)]
    [InlineData(OperatingSystemChoice.Windows)]
    public void Fires_WhenAMacMustRun(OperatingSystemChoice os) =>
        RuleRun.Single<AppleRequiresMacosRule>(FindingKind.Violation, TestBuilds.Unified("mac-mini-m4-pro-64gb"), TestProfiles.Requirements(p => p with { Os = os }))
            .Text.ShouldContain("asks for " + os);

    [Theory]
    [InlineData(OperatingSystemChoice.Any)]
    [InlineData(OperatingSystemChoice.MacOS)]
    public void DoesNotFire_WhenMacosIsAcceptable(OperatingSystemChoice os) =>
        RuleRun.Findings<AppleRequiresMacosRule>(TestBuilds.Unified("mac-mini-m4-pro-64gb"), TestProfiles.Requirements(p => p with { Os = os }))
            .ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_ForAPcOnLinux() =>
        RuleRun.Findings<AppleRequiresMacosRule>(TestBuilds.Tier1.ToBuild(), TestProfiles.Requirements(p => p with { Os = OperatingSystemChoice.Linux }))
            .ShouldBeEmpty();
}
