using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class CpuLanesGiveEachGpuX8RuleTests
{
    [Fact]
    public void Fires_WhenFourGpusShareAConsumerCpu()
    {
        // Ryzen 9 9950X: 24 CPU lanes; four cards at x8 need 32.
        var build = (TestBuilds.Tier3 with
        {
            Cpu = "ryzen-9-9950x", Board = "proart-x870e-creator-wifi", Memory = "gskill-trident-z5-neo-128gb-ddr5-6000",
        }).ToBuild();

        RuleRun.Single<CpuLanesGiveEachGpuX8Rule>(FindingKind.Violation, build).Text.ShouldContain("need 32 CPU lanes");
    }

    [Fact]
    public void DoesNotFire_WhenTwoGpusSplitAConsumerCpuAtX8() =>
        RuleRun.Findings<CpuLanesGiveEachGpuX8Rule>(TestBuilds.DualRtx3090.ToBuild()).ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_ForFourGpusOnThreadripperPro() =>
        RuleRun.Findings<CpuLanesGiveEachGpuX8Rule>(TestBuilds.Tier3.ToBuild()).ShouldBeEmpty();
}
