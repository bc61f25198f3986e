using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Compatibility;
using ExpertRig.Rules.Tests.Support;
using static ExpertRig.Rules.Tests.Configuration.ConfigurationFacts;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class PlatformSupportsTheOsRuleTests
{
    private static Requirements On(OperatingSystemChoice os) => new(Requirements().Profile with { Os = os });

    [Fact]
    public void Fires_ForTheLinuxOnlyRx7900XtxRoute_OnWindows() =>
        RuleTestSession.For<PlatformSupportsTheOsRule>().With(On(OperatingSystemChoice.Windows), Build("rx7900xtx")).Fire()
            .FindingsOf(FindingKind.Violation).Single().Text.ShouldContain("windows");

    [Fact]
    public void DoesNotFire_OnLinux_OrWhenAnyOsWillDo()
    {
        RuleTestSession.For<PlatformSupportsTheOsRule>().With(On(OperatingSystemChoice.Linux), Build("rx7900xtx")).Fire()
            .Findings.ShouldBeEmpty();
        RuleTestSession.For<PlatformSupportsTheOsRule>().With(On(OperatingSystemChoice.Any), Build("rx7900xtx")).Fire()
            .Findings.ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_ForABuildWithoutAnArchetypeOsList() =>
        RuleTestSession.For<PlatformSupportsTheOsRule>()
            .With(On(OperatingSystemChoice.Windows), Build("rx7900xtx") with { SupportedOs = [] }).Fire()
            .Findings.ShouldBeEmpty();
}
