using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class Tier3ReliabilityRuleTests
{
    [Fact]
    public void Fires_WhenEccIsRequiredOnAnInstitutionalBudget()
    {
        var finding = Fire<Tier3ReliabilityRule>(Tier3(), Requirements(budgetUsd: 50000, eccRequired: true)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("the NVIDIA L40S cards have ECC memory and the ASUS Pro WS WRX90E-SAGE SE runs ECC RDIMMs");
    }

    [Fact]
    public void DoesNotFire_WithoutTheEccRequirement()
    {
        Fire<Tier3ReliabilityRule>(Tier3(), Requirements(budgetUsd: 50000, eccRequired: false)).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_OnAPersonalBudget()
    {
        Fire<Tier3ReliabilityRule>(Tier3(), Requirements(budgetUsd: 20000, eccRequired: true)).ShouldBeEmpty();
    }
}
