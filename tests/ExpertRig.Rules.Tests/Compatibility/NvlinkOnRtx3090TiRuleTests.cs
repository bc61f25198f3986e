using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class NvlinkOnRtx3090TiRuleTests
{
    [Fact]
    public void Fires_WhenRtx3090TiPairIsBridged()
    {
        var build = (TestBuilds.DualRtx3090 with { Gpu = "rtx-3090-ti", UsedGpus = false }).ToBuild();

        RuleRun.Single<NvlinkOnRtx3090TiRule>(FindingKind.Note, build).Text.ShouldContain("112.5 GB/s");
    }

    [Fact]
    public void DoesNotFire_ForRtx3090() =>
        RuleRun.Findings<NvlinkOnRtx3090TiRule>(TestBuilds.DualRtx3090.ToBuild()).ShouldBeEmpty();
}
