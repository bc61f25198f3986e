using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class Tier2PrivacyRuleTests
{
    [Fact]
    public void Fires_WhenAnAirGappedMachineRunsA70B()
    {
        var finding = Fire<Tier2PrivacyRule>(Tier2(), Requirements(privacy: Privacy.AirGapped), Need("llama-3-70b", "Q4_K_M"), Need("qwen-2.5-7b", index: 1)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("air-gapped and runs Llama 3 70B");
    }

    [Fact]
    public void DoesNotFire_WhenPrivacyIsOnlyLocal()
    {
        Fire<Tier2PrivacyRule>(Tier2(), Requirements(privacy: Privacy.Local), Need("llama-3-70b", "Q4_K_M")).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WhenTheModelsAreSmall()
    {
        Fire<Tier2PrivacyRule>(Tier2(), Requirements(privacy: Privacy.AirGapped), Need("qwen-2.5-32b", "Q4_K_M")).ShouldBeEmpty();
    }
}
