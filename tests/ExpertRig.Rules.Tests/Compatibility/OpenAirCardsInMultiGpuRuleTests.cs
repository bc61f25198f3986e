using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class OpenAirCardsInMultiGpuRuleTests
{
    [Fact]
    public void Fires_WhenFourOpenAirCardsAreStacked() =>
        RuleRun.Single<OpenAirCardsInMultiGpuRule>(FindingKind.Warning, (TestBuilds.Tier3 with { Gpu = "rtx-5090" }).ToBuild())
            .Text.ShouldContain("2,300 W of GPU heat");

    [Fact]
    public void DoesNotFire_ForTwoOpenAirCards() =>
        RuleRun.Findings<OpenAirCardsInMultiGpuRule>(TestBuilds.Tier2.ToBuild()).ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_ForFourBlowerCards() =>
        RuleRun.Findings<OpenAirCardsInMultiGpuRule>((TestBuilds.Tier3 with { Gpu = "rtx-6000-ada" }).ToBuild()).ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_WhenTheCardsAreWaterCooled() =>
        RuleRun.Findings<OpenAirCardsInMultiGpuRule>(
                (TestBuilds.Tier3 with { Gpu = "rtx-5090", Accessories = [("add2psu", 1), ("gpu-custom-water-loop", 1)] }).ToBuild())
            .ShouldBeEmpty();
}
