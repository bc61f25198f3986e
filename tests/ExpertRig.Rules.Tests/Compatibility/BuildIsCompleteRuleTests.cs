using ExpertRig.Rules.Tests.Support;
using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class BuildIsCompleteRuleTests
{
    [Fact]
    public void Fires_NamingEveryMissingCategory_WhenABuildLacksThePartsAMachineNeeds()
    {
        var build = Tier1() with { Psu = null, PsuCount = 0, Case = null, Cooler = null };

        var finding = Fire<BuildIsCompleteRule>(build).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Violation);
        finding.Text.ShouldBe("The build is incomplete: it lists no PSU, no CPU cooler, no case.");
    }

    [Fact]
    public void DoesNotFire_OnACompleteBuild_OrAUnifiedSystem()
    {
        var complete = Tier1() with { Cooler = TestKnowledge.Instance.Catalog.FindCooler("noctua-nh-d15-g2"), Case = TestKnowledge.Instance.Catalog.FindCase("fractal-torrent") };

        Fire<BuildIsCompleteRule>(complete).ShouldBeEmpty();
        Fire<BuildIsCompleteRule>(Unified("dgx-spark", "dgx-spark")).ShouldBeEmpty();
    }
}
