using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class DgxSparkSlowForSmallModelsRuleTests
{
    [Fact]
    public void Warns_WhenTheLargestModelIs32B()
    {
        var build = Unified("dgx-spark", "dgx-spark");
        var qwen = Need("qwen-2.5-32b", "Q4_K_M");
        var prediction = Predict(build, qwen);

        var finding = Fire<DgxSparkSlowForSmallModelsRule>(build, qwen, prediction).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Warning);
        finding.Text.ShouldContain("5–6× faster");
        finding.Text.ShouldContain($"{prediction.DecodePerUser:0.#} tok/s");
    }

    [Fact]
    public void DoesNotFire_WhenA70BIsInTheProfile()
    {
        Fire<DgxSparkSlowForSmallModelsRule>(Scenario(Unified("dgx-spark", "dgx-spark"), 1, Need("qwen-2.5-32b", "Q4_K_M"), Need("llama-3-70b", "Q4_K_M", index: 1))).ShouldBeEmpty();
    }
}
