using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Power;
using ExpertRig.Rules.Tests.Compatibility;

namespace ExpertRig.Rules.Tests.Power;

public sealed class PsuHeadroomRuleTests
{
    [Fact]
    public void Fires_ForTheTier1Psu()
    {
        // 575 W + 230 W (9950X package limit) + 100 W = 905 W on the 1,500 W HX1500i.
        var build = TestBuilds.Tier1.ToBuild();

        RuleRun.Single<PsuHeadroomRule>(FindingKind.Note, build, TestPower.BudgetFor(build))
            .Text.ShouldStartWith("Peak draw 905 W is 60% of the 1,500 W Corsair HX1500i (595 W spare)");
    }

    [Fact]
    public void DoesNotFire_WhenThePsuIsTooSmall()
    {
        var build = (TestBuilds.Tier2 with { PsuCount = 1 }).ToBuild();

        RuleRun.Findings<PsuHeadroomRule>(build, TestPower.BudgetFor(build)).ShouldBeEmpty();
    }
}
