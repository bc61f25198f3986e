using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class CoolerFitsCaseHeightRuleTests
{
    [Fact]
    public void Fires_WhenTheNhD15G2MeetsTheO11DynamicEvoXl()
    {
        // The guide's Tier 1 offers either case; the 168 mm NH-D15 G2 clears the Torrent but not the O11's 167 mm.
        var build = (TestBuilds.Tier1 with { Case = "lian-li-o11-dynamic-evo-xl" }).ToBuild();

        RuleRun.Single<CoolerFitsCaseHeightRule>(FindingKind.Violation, build).Text.ShouldContain("168 mm tall");
    }

    [Fact]
    public void DoesNotFire_InTheTorrent() =>
        RuleRun.Findings<CoolerFitsCaseHeightRule>(TestBuilds.Tier1.ToBuild()).ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_ForALiquidCooler() =>
        RuleRun.Findings<CoolerFitsCaseHeightRule>((TestBuilds.Tier1 with { Case = "lian-li-o11-dynamic-evo-xl", Cooler = "nzxt-kraken-360" }).ToBuild())
            .ShouldBeEmpty();
}
