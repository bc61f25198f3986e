using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class MemoryCapacityWithinLimitsRuleTests
{
    [Fact]
    public void Fires_When256GbMeetsA192GbBoard() =>
        RuleRun.Single<MemoryCapacityWithinLimitsRule>(FindingKind.Violation, (TestBuilds.Tier1 with { MemoryKits = 2 }).ToBuild())
            .Text.ShouldContain("274.9 GB of RAM exceeds the platform: the ASUS ProArt X870E-Creator WiFi takes up to 206.2 GB");

    [Fact]
    public void DoesNotFire_For128GbOnAm5() =>
        RuleRun.Findings<MemoryCapacityWithinLimitsRule>(TestBuilds.Tier1.ToBuild()).ShouldBeEmpty();
}
