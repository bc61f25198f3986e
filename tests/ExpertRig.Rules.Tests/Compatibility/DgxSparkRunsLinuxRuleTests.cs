using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class DgxSparkRunsLinuxRuleTests
{
    [Theory]
    [InlineData(OperatingSystemChoice.Windows)]
    [InlineData(OperatingSystemChoice.MacOS)]
    public void Fires_WhenTheSparkMustRun(OperatingSystemChoice os) =>
        RuleRun.Single<DgxSparkRunsLinuxRule>(FindingKind.Violation, TestBuilds.Unified("dgx-spark"), TestProfiles.Requirements(p => p with { Os = os }))
            .Text.ShouldContain("runs only DGX OS");

    [Theory]
    [InlineData(OperatingSystemChoice.Any)]
    [InlineData(OperatingSystemChoice.Linux)]
    public void DoesNotFire_WhenLinuxIsAcceptable(OperatingSystemChoice os) =>
        RuleRun.Findings<DgxSparkRunsLinuxRule>(TestBuilds.Unified("dgx-spark"), TestProfiles.Requirements(p => p with { Os = os })).ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_ForAMacOnWindows() =>
        RuleRun.Findings<DgxSparkRunsLinuxRule>(TestBuilds.Unified("mac-mini-m4-pro-24gb"), TestProfiles.Requirements(p => p with { Os = OperatingSystemChoice.Windows }))
            .ShouldBeEmpty();
}
