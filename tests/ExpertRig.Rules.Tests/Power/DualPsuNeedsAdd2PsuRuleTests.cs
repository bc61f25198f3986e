using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Power;
using ExpertRig.Rules.Tests.Compatibility;

namespace ExpertRig.Rules.Tests.Power;

public sealed class DualPsuNeedsAdd2PsuRuleTests
{
    [Fact]
    public void Fires_WhenTwoPsusHaveNoAdd2Psu() =>
        RuleRun.Single<DualPsuNeedsAdd2PsuRule>(FindingKind.Violation, (TestBuilds.Tier3 with { Accessories = [] }).ToBuild())
            .Text.ShouldStartWith("2 × 1,600 W be quiet! Dark Power Pro 13 1600W need an Add2PSU");

    [Fact]
    public void DoesNotFire_WhenTheAdd2PsuIsBought() =>
        RuleRun.Findings<DualPsuNeedsAdd2PsuRule>(TestBuilds.Tier3.ToBuild()).ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_ForOnePsu() =>
        RuleRun.Findings<DualPsuNeedsAdd2PsuRule>(TestBuilds.Tier1.ToBuild()).ShouldBeEmpty();
}
