using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Power;
using ExpertRig.Rules.Tests.Compatibility;

namespace ExpertRig.Rules.Tests.Power;

public sealed class SmallestSufficientCircuitRuleTests
{
    [Fact]
    public void Fires_NamingTheStandardOutletForTier1()
    {
        var build = TestBuilds.Tier1.ToBuild();

        RuleRun.Single<SmallestSufficientCircuitRule>(FindingKind.Note, build, TestPower.BudgetFor(build))
            .Text.ShouldStartWith("The smallest circuit that carries it is 15 A / 120 V");
    }

    [Fact]
    public void Fires_Naming20A120VForTier2()
    {
        var build = TestBuilds.Tier2.ToBuild();

        RuleRun.Single<SmallestSufficientCircuitRule>(FindingKind.Note, build, TestPower.BudgetFor(build))
            .Text.ShouldStartWith("The smallest circuit that carries it is 20 A / 120 V");
    }

    [Fact]
    public void DoesNotFire_WithoutAPowerBudget() =>
        RuleRun.Findings<SmallestSufficientCircuitRule>(TestBuilds.Tier1.ToBuild()).ShouldBeEmpty();
}
