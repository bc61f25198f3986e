using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class AirGappedOfflineSetupRuleTests
{
    [Fact]
    public void Fires_ForEveryBuildWhenAirGapped()
    {
        var airGapped = TestProfiles.Requirements(p => p with { Privacy = Privacy.AirGapped });

        var findings = RuleRun.Findings<AirGappedOfflineSetupRule>(TestBuilds.Tier2.ToBuild(), TestBuilds.Unified("dgx-spark"), airGapped);

        findings.Count.ShouldBe(2);
        findings.ShouldAllBe(f => f.Kind == FindingKind.Note);
        findings.ShouldContain(f => f.Text.Contains("GPU driver, CUDA, inference-engine"));
        findings.ShouldContain(f => f.Text.Contains("DGX OS, inference-engine"));
    }

    [Fact]
    public void DoesNotFire_ForLocalPrivacy() =>
        RuleRun.Findings<AirGappedOfflineSetupRule>(TestBuilds.Tier2.ToBuild(), TestProfiles.Requirements()).ShouldBeEmpty();
}
