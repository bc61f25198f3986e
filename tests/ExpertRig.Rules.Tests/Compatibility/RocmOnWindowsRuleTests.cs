using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class RocmOnWindowsRuleTests
{
    private static readonly Build Radeon = (TestBuilds.Tier1 with { Gpu = "rx-7900-xtx" }).ToBuild();

    [Fact]
    public void Fires_ForTheRx7900XtxOnWindows() =>
        RuleRun.Single<RocmOnWindowsRule>(FindingKind.Warning, Radeon, TestProfiles.Requirements(p => p with { Os = OperatingSystemChoice.Windows }))
            .Text.ShouldContain("vLLM and the rest of ROCm need Linux");

    [Fact]
    public void DoesNotFire_OnLinux() =>
        RuleRun.Findings<RocmOnWindowsRule>(Radeon, TestProfiles.Requirements(p => p with { Os = OperatingSystemChoice.Linux })).ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_ForNvidiaOnWindows() =>
        RuleRun.Findings<RocmOnWindowsRule>(TestBuilds.Tier1.ToBuild(), TestProfiles.Requirements(p => p with { Os = OperatingSystemChoice.Windows }))
            .ShouldBeEmpty();
}
