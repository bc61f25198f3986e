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
        var build = Build("tier1-rtx5090") with { Gaps = ["a DDR4 RDIMM kit", "an SP5 board"] };

        var finding = RuleTestSession.For<CatalogGapsRule>().With(build).Fire().FindingsOf(FindingKind.Violation).Single();

        finding.Text.ShouldBe("The catalog cannot complete this build: a DDR4 RDIMM kit; an SP5 board; its price and fit are unknown.");
    }

    [Fact]
    public void TheEightRtx3090Server_IsComplete_WithItsSp3CoolerAndDdr4RdimmSet()
    {
        var build = Build("eight-rtx3090");

        build.Gaps.ShouldBeEmpty();
        RuleTestSession.For<CatalogGapsRule>().With(build).Fire().Findings.ShouldBeEmpty();
        build.Components.ShouldContain(c => c.Category == ComponentCategory.Cooler && c.Id == "noctua-nh-u14s-tr4-sp3");
        build.Components.ShouldContain(c => c.Category == ComponentCategory.Memory && c.Id.StartsWith("ddr4-3200-rdimm-", StringComparison.Ordinal));
    }

    [Fact]
    public void DoesNotFire_ForACompleteBuild() =>
        RuleTestSession.For<CatalogGapsRule>().With(Build("tier1-rtx5090")).Fire().Findings.ShouldBeEmpty();
}
