using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class Rx7900XtxRocmCaveatRuleTests
{
    [Fact]
    public void Warns_WithThePredictedSpeedOfTheLargestModel()
    {
        var build = Rx7900Xtx();
        var qwen = Need("qwen-2.5-32b", "Q4_K_M");
        var prediction = Predict(build, qwen);

        var finding = Fire<Rx7900XtxRocmCaveatRule>(build, qwen, Need("llama-3-8b", "Q4_K_M", index: 1), prediction).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Warning);
        finding.Text.ShouldContain("40–60% of an RTX 4090's");
        finding.Text.ShouldContain($"Qwen2.5 32B Instruct at Q4_K_M is predicted at {prediction.DecodePerUser:0.#} tok/s");
    }

    [Fact]
    public void DoesNotFire_OnNvidiaBuilds()
    {
        Fire<Rx7900XtxRocmCaveatRule>(Scenario(SingleRtx4090(), 1, Need("qwen-2.5-32b", "Q4_K_M"))).ShouldBeEmpty();
    }
}
