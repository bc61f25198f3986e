using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class ThreadripperProAirCoolingRuleTests
{
    [Fact]
    public void Fires_WhenA350WThreadripperProIsAirCooled() =>
        RuleRun.Single<ThreadripperProAirCoolingRule>(FindingKind.Warning, (TestBuilds.Tier3 with { Cooler = "noctua-nh-u14s-tr5-sp6" }).ToBuild())
            .Text.ShouldContain("draws 350 W under the Noctua NH-U14S TR5-SP6 (air)");

    [Fact]
    public void DoesNotFire_ForTheGuidesCustomLoop() =>
        RuleRun.Findings<ThreadripperProAirCoolingRule>(TestBuilds.Tier3.ToBuild()).ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_ForANonProThreadripperOnAir() =>
        RuleRun.Findings<ThreadripperProAirCoolingRule>(TestBuilds.Tier2.ToBuild()).ShouldBeEmpty();
}
