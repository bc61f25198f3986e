using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Power;
using ExpertRig.Rules.Tests.Compatibility;

namespace ExpertRig.Rules.Tests.Power;

public sealed class MultiplePsusRequiredRuleTests
{
    [Fact]
    public void Fires_WhenTier2HasOnePsu()
    {
        var build = (TestBuilds.Tier2 with { PsuCount = 1, Accessories = [] }).ToBuild();

        RuleRun.Single<MultiplePsusRequiredRule>(FindingKind.Violation, build, TestPower.BudgetFor(build))
            .Text.ShouldContain("that is 2 × 1,000 W synchronised by an Add2PSU");
    }

    [Fact]
    public void DoesNotFire_WhenTier2HasTwoPsus()
    {
        var build = TestBuilds.Tier2.ToBuild();

        RuleRun.Findings<MultiplePsusRequiredRule>(build, TestPower.BudgetFor(build)).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_ForTier1()
    {
        var build = TestBuilds.Tier1.ToBuild();

        RuleRun.Findings<MultiplePsusRequiredRule>(build, TestPower.BudgetFor(build)).ShouldBeEmpty();
    }
}
