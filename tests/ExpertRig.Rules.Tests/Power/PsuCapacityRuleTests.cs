using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Power;
using ExpertRig.Rules.Tests.Compatibility;

namespace ExpertRig.Rules.Tests.Power;

public sealed class PsuCapacityRuleTests
{
    [Fact]
    public void Fires_WhenOne1600WPsuFeedsTwoRtx5090sAndAThreadripper()
    {
        // The guide's Tier 2 table: 2 × 575 W + 350 W + 100 W = 1,600 W of peaks on one 1,600 W PSU.
        var build = (TestBuilds.Tier2 with { PsuCount = 1, Accessories = [] }).ToBuild();

        RuleRun.Single<PsuCapacityRule>(FindingKind.Violation, build, TestPower.BudgetFor(build))
            .Text.ShouldBe("2 × NVIDIA GeForce RTX 5090 + AMD Ryzen Threadripper 7960X peak at 1,600 W; that needs 2,000 W of PSU at 80% load, but the 1,600 W MSI MEG Ai1600T PCIE5 gives 1,600 W.");
    }

    [Fact]
    public void DoesNotFire_WhenTwoPsusShareTheLoad()
    {
        var build = TestBuilds.Tier2.ToBuild();

        RuleRun.Findings<PsuCapacityRule>(build, TestPower.BudgetFor(build)).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WithoutAPowerBudget() =>
        RuleRun.Findings<PsuCapacityRule>((TestBuilds.Tier2 with { PsuCount = 1 }).ToBuild()).ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_OnAnotherBuildsBudget()
    {
        var undersized = (TestBuilds.Tier2 with { PsuCount = 1 }).ToBuild();
        var other = TestBuilds.Tier2.ToBuild();

        RuleRun.Findings<PsuCapacityRule>(undersized, TestPower.BudgetFor(other)).ShouldBeEmpty();
    }
}
