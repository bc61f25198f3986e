using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class GpuLengthFitsCaseRuleTests
{
    [Fact]
    public void Fires_WhenAPartnerRtx5090IsLongerThanTheRackChassisTakes()
    {
        // gpus.yaml: partner RTX 5090s (ROG Astral) run to ~360 mm; the 4U chassis takes 330 mm.
        var reference = (TestBuilds.Tier3 with { Gpu = "rtx-5090" }).ToBuild();
        var build = reference with { Gpu = reference.Gpu! with { LengthMm = 360 } };

        RuleRun.Single<GpuLengthFitsCaseRule>(FindingKind.Violation, build).Text.ShouldContain("360 mm");
    }

    [Fact]
    public void DoesNotFire_ForTheFoundersEditionInTheRackChassis() =>
        RuleRun.Findings<GpuLengthFitsCaseRule>((TestBuilds.Tier3 with { Gpu = "rtx-5090" }).ToBuild()).ShouldBeEmpty();
}
