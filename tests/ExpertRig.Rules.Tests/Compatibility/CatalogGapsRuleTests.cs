using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;
using ExpertRig.Rules.Tests.Support;
using static ExpertRig.Rules.Tests.Configuration.ConfigurationFacts;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class CatalogGapsRuleTests
{
    [Fact]
    public void Fires_WhenTheConfiguratorLeftAGap()
    {
        var build = Build("tier1-rtx5090") with { Gaps = ["a DDR4 RDIMM kit"] };

        var finding = RuleTestSession.For<CatalogGapsRule>().With(build).Fire().FindingsOf(FindingKind.Violation).Single();

        finding.Text.ShouldContain("a DDR4 RDIMM kit");
    }

    [Fact]
    public void Names_EachGapInItsOwnWords()
    {
        var build = Build("eight-rtx3090");
        build.Gaps.Count.ShouldBe(2);

        var finding = RuleTestSession.For<CatalogGapsRule>().With(build).Fire().FindingsOf(FindingKind.Violation).Single();

        finding.Text.ShouldBe($"The catalog cannot complete this build: {build.Gaps[0]}; {build.Gaps[1]}; its price and fit are unknown.");
        finding.Text.ShouldStartWith("The catalog cannot complete this build: coolers.yaml has no cooler for the AMD EPYC 7713's SP3 socket");
    }

    [Fact]
    public void DoesNotFire_ForACompleteBuild() =>
        RuleTestSession.For<CatalogGapsRule>().With(Build("tier1-rtx5090")).Fire().Findings.ShouldBeEmpty();
}
