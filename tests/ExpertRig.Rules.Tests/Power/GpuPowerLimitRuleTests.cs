using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Power;
using ExpertRig.Rules.Tests.Compatibility;

namespace ExpertRig.Rules.Tests.Power;

public sealed class GpuPowerLimitRuleTests
{
    [Fact]
    public void States_TheLimitedDraw_TheSpeedKept_AndTheCommand_ForPowerLimitedCards()
    {
        var build = TestBuilds.Tier2.ToBuild() with { PowerLimit = new GpuPowerLimit(70) };

        var text = RuleRun.Single<GpuPowerLimitRule>(FindingKind.Note, build).Text;

        text.ShouldStartWith("The 2 × NVIDIA GeForce RTX 5090 are power-limited to 70% of their 575 W rating: at most 403 W each, 805 W together instead of 1,150 W;");
        text.ShouldContain("keeps about 97% of its decode speed and 83% of its prompt-processing speed");
        text.ShouldContain("`sudo nvidia-smi -pl 403`");
    }

    [Fact]
    public void DoesNotFire_AtTheStockLimit() =>
        RuleRun.Findings<GpuPowerLimitRule>(TestBuilds.Tier2.ToBuild()).ShouldBeEmpty();

    [Fact]
    public void DoesNotFire_ForAUnifiedSystem() =>
        RuleRun.Findings<GpuPowerLimitRule>(TestBuilds.Unified("dgx-spark") with { PowerLimit = new GpuPowerLimit(60) }).ShouldBeEmpty();
}
