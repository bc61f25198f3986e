using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class Rtx6000Ada70BRuleTests
{
    [Fact]
    public void Fires_When70BAtQ4FitsIn48Gb()
    {
        var build = SingleWorkstationCard("rtx-6000-ada", "rtx6000-ada");
        var seventy = Need("llama-3-70b", "Q4_K_M");
        var prediction = Predict(build, seventy);

        var finding = Fire<Rtx6000Ada70BRule>(build, seventy, prediction).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain($"{prediction.DecodePerUser:0.#} tok/s");
        finding.Text.ShouldNotContain("18.4");
    }

    [Fact]
    public void DoesNotFire_When70BAtQ8MustOffload()
    {
        Fire<Rtx6000Ada70BRule>(Scenario(SingleWorkstationCard("rtx-6000-ada", "rtx6000-ada"), 1, Need("llama-3-70b", "Q8_0"))).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_OnAnL40s()
    {
        Fire<Rtx6000Ada70BRule>(Scenario(SingleWorkstationCard("l40s", "single-l40s"), 1, Need("llama-3-70b", "Q4_K_M"))).ShouldBeEmpty();
    }
}
