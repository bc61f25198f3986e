using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class ProCard96GbRuleTests
{
    [Fact]
    public void Fires_When70BAtQ8FitsOnOneCard()
    {
        var build = SingleWorkstationCard("rtx-pro-6000-blackwell", "rtx-pro-6000");
        var seventy = Need("llama-3-70b", "Q8_0");
        var prediction = Predict(build, seventy);

        var finding = Fire<ProCard96GbRule>(build, seventy, prediction).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("holds it in 103.1 GB");
        finding.Text.ShouldContain($"{prediction.DecodePerUser:0.#} tok/s");
    }

    [Fact]
    public void DoesNotFire_For70BAtQ4()
    {
        Fire<ProCard96GbRule>(Scenario(SingleWorkstationCard("rtx-pro-6000-blackwell", "rtx-pro-6000"), 1, Need("llama-3-70b", "Q4_K_M"))).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_OnA48GbCard()
    {
        Fire<ProCard96GbRule>(Scenario(SingleWorkstationCard("rtx-6000-ada", "rtx6000-ada"), 1, Need("llama-3-70b", "Q8_0"))).ShouldBeEmpty();
    }
}
