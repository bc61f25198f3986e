using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class Tier1Occasional70BRuleTests
{
    [Fact]
    public void Fires_WhenA70BSecondaryWorkloadRunsWithOffload()
    {
        var build = Tier1();
        var seventy = Need("llama-3-70b", index: 1);
        var prediction = Predict(build, seventy, "Q3_K_M");

        var finding = Fire<Tier1Occasional70BRule>(build, Need("qwen-2.5-32b", "Q4_K_M"), seventy, prediction).ShouldHaveSingleItem();

        prediction.Estimate.OffloadedLayers.ShouldBeGreaterThan(0);
        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("Llama 3 70B is a secondary workload (number 2) and you accept Q3");
        finding.Text.ShouldContain("offloaded to system RAM");
    }

    [Fact]
    public void DoesNotFire_When70BIsThePrimaryWorkload()
    {
        var build = Tier1();
        var seventy = Need("llama-3-70b");

        Fire<Tier1Occasional70BRule>(build, seventy, Predict(build, seventy, "Q3_K_M")).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WhenTheUserInsistsOnQ4()
    {
        Fire<Tier1Occasional70BRule>(Scenario(Tier1(), 1, Need("qwen-2.5-32b", "Q4_K_M"), Need("llama-3-70b", "Q4_K_M", index: 1))).ShouldBeEmpty();
    }
}
