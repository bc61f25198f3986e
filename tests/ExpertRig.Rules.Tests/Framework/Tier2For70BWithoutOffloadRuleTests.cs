using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class Tier2For70BWithoutOffloadRuleTests
{
    [Fact]
    public void Fires_When70BAtQ5FitsIn64Gb()
    {
        var build = Tier2();
        var seventy = Need("deepseek-r1-70b", "Q5_K_M");
        var prediction = Predict(build, seventy);

        var finding = Fire<Tier2For70BWithoutOffloadRule>(build, seventy, prediction).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("You run DeepSeek-R1-Distill-Llama-70B at Q5_K_M");
        finding.Text.ShouldContain($"{prediction.DecodePerUser:0.#} tok/s");
    }

    [Fact]
    public void DoesNotFire_WhenThe70BRunsBelowQ4()
    {
        Fire<Tier2For70BWithoutOffloadRule>(Scenario(Tier2(), 1, Need("llama-3-70b", "Q3_K_M"))).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WhenThe70BMustOffload()
    {
        Fire<Tier2For70BWithoutOffloadRule>(Scenario(Tier2(), 1, Need("llama-3-70b", "Q8_0"))).ShouldBeEmpty();
    }
}
