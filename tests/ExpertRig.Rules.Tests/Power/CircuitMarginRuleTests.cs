using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Power;
using ExpertRig.Rules.Tests.Compatibility;

namespace ExpertRig.Rules.Tests.Power;

public sealed class CircuitMarginRuleTests
{
    [Fact]
    public void Fires_WhenTier2RunsOnA20A120VCircuit()
    {
        // 1,778 W at the wall is 14.8 A of the 16.0 A a 20 A circuit carries continuously: 93%.
        var build = TestBuilds.Tier2.ToBuild();

        RuleRun.Single<CircuitMarginRule>(FindingKind.Warning, build, TestPower.BudgetFor(build), TestProfiles.Requirements(p => p with { Circuit = Circuit.Amps20Volts120 }))
            .Text.ShouldContain("14.8 A sustained of 16.0 A allowed");
    }

    [Fact]
    public void DoesNotFire_WhenTheCircuitIsOverloaded()
    {
        var build = TestBuilds.Tier2.ToBuild();

        RuleRun.Findings<CircuitMarginRule>(build, TestPower.BudgetFor(build), TestProfiles.Requirements()).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WithPlentyOfCapacity()
    {
        var build = TestBuilds.Tier2.ToBuild();

        RuleRun.Findings<CircuitMarginRule>(build, TestPower.BudgetFor(build), TestProfiles.Requirements(p => p with { Circuit = Circuit.Amps20Volts240 }))
            .ShouldBeEmpty();
    }
}
