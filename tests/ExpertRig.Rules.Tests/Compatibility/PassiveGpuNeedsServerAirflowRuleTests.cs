using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class PassiveGpuNeedsServerAirflowRuleTests
{
    [Fact]
    public void Fires_WhenL40sCardsSitInADesktopCase() =>
        RuleRun.Single<PassiveGpuNeedsServerAirflowRule>(FindingKind.Warning, (TestBuilds.Tier3 with { Case = "thermaltake-core-p8-tg" }).ToBuild())
            .Text.ShouldContain("has high airflow, not a server fan wall");

    [Fact]
    public void DoesNotFire_InTheRackmountChassis() =>
        RuleRun.Findings<PassiveGpuNeedsServerAirflowRule>(TestBuilds.Tier3.ToBuild()).ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_ForBlowerCardsInADesktopCase() =>
        RuleRun.Findings<PassiveGpuNeedsServerAirflowRule>((TestBuilds.Tier3 with { Gpu = "rtx-6000-ada", Case = "thermaltake-core-p8-tg" }).ToBuild())
            .ShouldBeEmpty();
}
