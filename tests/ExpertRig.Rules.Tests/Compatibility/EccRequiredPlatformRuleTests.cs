using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class EccRequiredPlatformRuleTests
{
    private static readonly object Ecc = TestProfiles.Requirements(p => p with { EccRequired = true });

    [Fact]
    public void Fires_WhenDesktopRamHasNoEcc() =>
        RuleRun.Single<EccRequiredPlatformRule>(FindingKind.Violation, TestBuilds.Tier1.ToBuild(), Ecc)
            .Text.ShouldBe("ECC is required but the G.SKILL Trident Z5 Neo 128GB (2x64GB) DDR5-6000 CL30 does not support ECC memory.");

    [Fact]
    public void DoesNotFire_ForRegisteredEccOnThreadripperPro() =>
        RuleRun.Findings<EccRequiredPlatformRule>(TestBuilds.Tier3.ToBuild(), Ecc).ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_WhenEccIsNotRequired() =>
        RuleRun.Findings<EccRequiredPlatformRule>(TestBuilds.Tier1.ToBuild(), TestProfiles.Requirements()).ShouldBeEmpty();
}
