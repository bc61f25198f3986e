using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class Tier3For405BRuleTests
{
    [Fact]
    public void Fires_WhenThe405BRunsWithOffload()
    {
        var build = Tier3();
        var big = Need("llama-3.1-405b", "Q4_K_M");
        var prediction = Predict(build, big);

        var finding = Fire<Tier3For405BRule>(build, big, prediction).ShouldHaveSingleItem();

        prediction.Estimate.Runs.ShouldBeTrue();
        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("You run Llama 3.1 405B (405.9B)");
        finding.Text.ShouldContain($"{prediction.DecodePerUser:0.#} tok/s");
    }

    [Fact]
    public void DoesNotFire_When405BCannotRun()
    {
        var build = WithMemory(Tier3(), "ddr5-5600-rdimm-64gb");

        Fire<Tier3For405BRule>(Scenario(build, 1, Need("llama-3.1-405b", "Q8_0"))).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_ForA70B()
    {
        Fire<Tier3For405BRule>(Scenario(Tier3(), 1, Need("llama-3-70b", "Q8_0"))).ShouldBeEmpty();
    }
}
