using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class NvlinkRequiresCapableGpuRuleTests
{
    [Fact]
    public void Fires_WhenRtx6000AdaPairIsBridged()
    {
        // The guide lists NVLink for the RTX 6000 Ada; reference/gpus.csv (and the catalog) say it has none.
        var build = (TestBuilds.DualRtx3090 with { Gpu = "rtx-6000-ada", UsedGpus = false }).ToBuild();

        var finding = RuleRun.Single<NvlinkRequiresCapableGpuRule>(FindingKind.Violation, build);

        finding.Text.ShouldContain("RTX 6000 Ada Generation has no NVLink connector");
        finding.Build.ShouldBeSameAs(build);
    }

    [Fact]
    public void Fires_WhenL40sPairIsBridged() =>
        RuleRun.Single<NvlinkRequiresCapableGpuRule>(FindingKind.Violation, (TestBuilds.Tier3 with { Nvlink = true }).ToBuild());

    [Fact]
    public void DoesNotFire_WhenRtx3090PairIsBridged() =>
        RuleRun.Findings<NvlinkRequiresCapableGpuRule>(TestBuilds.DualRtx3090.ToBuild()).ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_WhenCardsAreNotBridged() =>
        RuleRun.Findings<NvlinkRequiresCapableGpuRule>(TestBuilds.Tier2.ToBuild()).ShouldBeEmpty();
}
