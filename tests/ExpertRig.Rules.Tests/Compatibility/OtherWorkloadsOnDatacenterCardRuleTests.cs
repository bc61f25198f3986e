using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class OtherWorkloadsOnDatacenterCardRuleTests
{
    private static readonly object Gaming = TestProfiles.Requirements(p => p with { OtherGpuWorkloads = true });

    [Fact]
    public void Fires_ForL40sCards() =>
        RuleRun.Single<OtherWorkloadsOnDatacenterCardRule>(FindingKind.Warning, TestBuilds.Tier3.ToBuild(), Gaming);

    [Fact]
    public void DoesNotFire_ForWorkstationCards() =>
        RuleRun.Findings<OtherWorkloadsOnDatacenterCardRule>((TestBuilds.Tier3 with { Gpu = "rtx-6000-ada" }).ToBuild(), Gaming).ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_WhenOnlyLlmsRun() =>
        RuleRun.Findings<OtherWorkloadsOnDatacenterCardRule>(TestBuilds.Tier3.ToBuild(), TestProfiles.Requirements()).ShouldBeEmpty();
}
