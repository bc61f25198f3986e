using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Ranking;
using ExpertRig.Rules.Tests.Support;
using static ExpertRig.Rules.Tests.Configuration.ConfigurationFacts;

namespace ExpertRig.Rules.Tests.Ranking;

public sealed class NoFeasibleBuildRuleTests
{
    [Fact]
    public void Fires_WhenEveryBuildIsRejected_NamingTheCheapestBlockedOnlyByBudget()
    {
        var cheap = Build("single-rtx4090");
        var pricey = Build("rtx6000-ada");

        var finding = RuleTestSession.For<NoFeasibleBuildRule>()
            .With(cheap, pricey,
                new Finding(cheap, FindingKind.Violation, "speed-below-need", "too slow"),
                new Finding(pricey, FindingKind.Violation, "within-budget", "over budget"))
            .Fire().Findings.Single(f => f.Rule == "no-feasible-build");

        finding.Build.ShouldBeNull();
        finding.Text.ShouldContain($"but the budget is {pricey.Title}");
        finding.Text.ShouldContain("too slow");
    }

    [Fact]
    public void DoesNotFire_WhenABuildIsFeasible()
    {
        var build = Build("single-rtx4090");

        RuleTestSession.For<NoFeasibleBuildRule>().With(build, new FeasibleBuild(build)).Fire()
            .Findings.ShouldBeEmpty();
    }
}
