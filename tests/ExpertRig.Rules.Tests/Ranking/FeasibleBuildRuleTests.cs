using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Ranking;
using ExpertRig.Rules.Tests.Support;
using static ExpertRig.Rules.Tests.Configuration.ConfigurationFacts;

namespace ExpertRig.Rules.Tests.Ranking;

public sealed class FeasibleBuildRuleTests
{
    [Fact]
    public void Fires_ForABuildWithoutViolations_EvenWithWarnings()
    {
        var build = Build("tier1-rtx5090");

        var session = RuleTestSession.For<FeasibleBuildRule>()
            .With(build, new Finding(build, FindingKind.Warning, "w", "a risk")).Fire();

        session.Query<FeasibleBuild>().Single().Build.ShouldBeSameAs(build);
    }

    [Fact]
    public void DoesNotFire_ForABuildWithAViolation()
    {
        var build = Build("tier1-rtx5090");

        var session = RuleTestSession.For<FeasibleBuildRule>()
            .With(build, new Finding(build, FindingKind.Violation, "v", "broken")).Fire();

        session.Query<FeasibleBuild>().ShouldBeEmpty();
    }

    [Fact]
    public void RetractsFeasibility_WhenAViolationArrivesLater()
    {
        var build = Build("tier1-rtx5090");
        var session = RuleTestSession.For<FeasibleBuildRule>().With(build).Fire();

        session.Session.Insert(new Finding(build, FindingKind.Violation, "v", "broken"));

        session.Query<FeasibleBuild>().ShouldBeEmpty();
    }
}
