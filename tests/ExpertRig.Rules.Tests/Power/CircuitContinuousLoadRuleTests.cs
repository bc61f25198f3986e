using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Power;
using ExpertRig.Rules.Tests.Compatibility;

namespace ExpertRig.Rules.Tests.Power;

public sealed class CircuitContinuousLoadRuleTests
{
    [Fact]
    public void Fires_WhenTier2RunsOnA15A120VCircuit()
    {
        // 1,600 W sustained ÷ 90% = 1,778 W at the wall: 14.8 A against 12 A continuous on a 15 A breaker.
        var build = TestBuilds.Tier2.ToBuild();

        RuleRun.Single<CircuitContinuousLoadRule>(FindingKind.Violation, build, TestPower.BudgetFor(build), TestProfiles.Requirements())
            .Text.ShouldContain("on a 15 A / 120 V circuit");
    }

    [Fact]
    public void DoesNotFire_WhenTier2RunsOn240V()
    {
        var build = TestBuilds.Tier2.ToBuild();

        RuleRun.Findings<CircuitContinuousLoadRule>(build, TestPower.BudgetFor(build), TestProfiles.Requirements(p => p with { Circuit = Circuit.Amps15Volts240 }))
            .ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WhenTier1RunsOnA15A120VCircuit()
    {
        var build = TestBuilds.Tier1.ToBuild();

        RuleRun.Findings<CircuitContinuousLoadRule>(build, TestPower.BudgetFor(build), TestProfiles.Requirements()).ShouldBeEmpty();
    }
}
