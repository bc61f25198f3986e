using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class EightRtx3090ServerRuleTests
{
    [Fact]
    public void Fires_WhenThe405BRuns()
    {
        var build = EightRtx3090();
        var big = Need("llama-3.1-405b", "Q4_K_M");
        var prediction = Predict(build, big);

        var finding = Fire<EightRtx3090ServerRule>(build, big, prediction).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("206.2 GB of VRAM and 549.8 GB of RAM run it");
        finding.Text.ShouldContain("Ahmad Osman");
    }

    [Fact]
    public void DoesNotFire_ForA70B()
    {
        Fire<EightRtx3090ServerRule>(Scenario(EightRtx3090(), 1, Need("llama-3-70b", "Q8_0"))).ShouldBeEmpty();
    }
}
