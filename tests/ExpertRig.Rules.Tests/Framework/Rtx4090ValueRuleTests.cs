using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class Rtx4090ValueRuleTests
{
    [Fact]
    public void Fires_WhenCostMattersAndA32BFits()
    {
        var build = SingleRtx4090();
        var qwen = Need("qwen-2.5-32b", "Q4_K_M");
        var prediction = Predict(build, qwen);

        var finding = Fire<Rtx4090ValueRule>(build, Requirements(priorities: [Priority.Cost]), qwen, prediction).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("the RTX 4090 costs $1,550");
        finding.Text.ShouldContain($"{prediction.DecodePerUser:0.#} tok/s");
    }

    [Fact]
    public void DoesNotFire_WhenCostIsNotAPriority()
    {
        Fire<Rtx4090ValueRule>(Scenario(SingleRtx4090(), 1, Need("qwen-2.5-32b", "Q4_K_M")), Requirements(priorities: [Priority.Speed])).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WhenA70BIsInTheProfile()
    {
        Fire<Rtx4090ValueRule>(Scenario(SingleRtx4090(), 1, Need("qwen-2.5-32b", "Q4_K_M"), Need("llama-3-70b", "Q4_K_M", index: 1)), Requirements(priorities: [Priority.Cost])).ShouldBeEmpty();
    }
}
