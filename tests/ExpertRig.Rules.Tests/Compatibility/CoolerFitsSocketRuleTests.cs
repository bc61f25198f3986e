using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class CoolerFitsSocketRuleTests
{
    [Fact]
    public void Fires_WhenTheGuidesTier2AioMeetsSTR5()
    {
        // The guide's Tier 2 table pairs the ROG Ryujin III 360 with TRX50; ASUS lists no sTR5 mount (coolers.yaml).
        var build = (TestBuilds.Tier2 with { Cooler = "asus-rog-ryujin-iii-360" }).ToBuild();

        RuleRun.Single<CoolerFitsSocketRule>(FindingKind.Violation, build).Text.ShouldContain("not on the AMD Ryzen Threadripper 7960X's sTR5");
    }

    [Fact]
    public void DoesNotFire_ForAnStr5Cooler() =>
        RuleRun.Findings<CoolerFitsSocketRule>(TestBuilds.Tier2.ToBuild()).ShouldBeEmpty();
}
