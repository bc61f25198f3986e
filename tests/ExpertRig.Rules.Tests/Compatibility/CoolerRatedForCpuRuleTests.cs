using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class CoolerRatedForCpuRuleTests
{
    [Fact]
    public void Fires_WhenA350WAirCoolerMeetsA360WEpyc()
    {
        var build = (TestBuilds.Tier3 with { Cpu = "epyc-9654", Cooler = "noctua-nh-u14s-tr5-sp6" }).ToBuild();

        RuleRun.Single<CoolerRatedForCpuRule>(FindingKind.Violation, build).Text.ShouldContain("about 350 W; the AMD EPYC 9654 is rated 360 W TDP");
    }

    [Fact]
    public void DoesNotFire_WhenTheRatingEqualsTheTdp() =>
        RuleRun.Findings<CoolerRatedForCpuRule>(TestBuilds.Tier2.ToBuild()).ShouldBeEmpty();
}
