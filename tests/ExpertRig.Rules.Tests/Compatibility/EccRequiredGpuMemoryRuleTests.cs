using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class EccRequiredGpuMemoryRuleTests
{
    private static readonly object Ecc = TestProfiles.Requirements(p => p with { EccRequired = true });

    [Fact]
    public void Fires_ForAConsumerCard() =>
        RuleRun.Single<EccRequiredGpuMemoryRule>(FindingKind.Warning, TestBuilds.Tier2.ToBuild(), Ecc).Text.ShouldContain("GDDR7 has no ECC");

    [Fact]
    public void DoesNotFire_ForL40sCards() =>
        RuleRun.Findings<EccRequiredGpuMemoryRule>(TestBuilds.Tier3.ToBuild(), Ecc).ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_WhenEccIsNotRequired() =>
        RuleRun.Findings<EccRequiredGpuMemoryRule>(TestBuilds.Tier2.ToBuild(), TestProfiles.Requirements()).ShouldBeEmpty();
}
