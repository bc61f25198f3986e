using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class DualRtx3090For70BQ4RuleTests
{
    [Fact]
    public void Fires_WhenThePrimary70BAtQ4FitsIn48Gb()
    {
        var build = DualRtx3090Nvlink();
        var seventy = Need("llama-3-70b", "Q4_K_M");
        var prediction = Predict(build, seventy);

        var finding = Fire<DualRtx3090For70BQ4Rule>(build, seventy, prediction).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Endorsement);
        finding.Text.ShouldContain("Your primary model is Llama 3 70B at Q4_K_M");
        finding.Text.ShouldContain($"predicted at {prediction.DecodePerUser:0.#} tok/s");
    }

    [Fact]
    public void DoesNotFire_WhenThe70BNeedsQ8()
    {
        Fire<DualRtx3090For70BQ4Rule>(Scenario(DualRtx3090Nvlink(), 1, Need("llama-3-70b", "Q8_0"))).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WhenThePrimaryModelIsSmall()
    {
        Fire<DualRtx3090For70BQ4Rule>(Scenario(DualRtx3090Nvlink(), 1, Need("qwen-2.5-32b", "Q4_K_M"), Need("llama-3-70b", "Q4_K_M", index: 1))).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WithoutTheNvlinkBridge()
    {
        var build = DualRtx3090Nvlink() with { UsesNvlink = false };

        Fire<DualRtx3090For70BQ4Rule>(Scenario(build, 1, Need("llama-3-70b", "Q4_K_M"))).ShouldBeEmpty();
    }
}
