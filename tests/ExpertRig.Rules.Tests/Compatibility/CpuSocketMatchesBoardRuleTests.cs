using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class CpuSocketMatchesBoardRuleTests
{
    [Fact]
    public void Fires_WhenAnAm5CpuMeetsAnStr5Board() =>
        RuleRun.Single<CpuSocketMatchesBoardRule>(FindingKind.Violation, (TestBuilds.Tier2 with { Cpu = "ryzen-9-9950x" }).ToBuild())
            .Text.ShouldContain("(AM5, chipsets x870e/x870/x670e/x670/b650e/b650) does not fit the ASUS Pro WS TRX50-SAGE WIFI (sTR5, trx50)");

    [Fact]
    public void Fires_WhenANonProThreadripperMeetsAWrx90Board() =>
        RuleRun.Single<CpuSocketMatchesBoardRule>(FindingKind.Violation, (TestBuilds.Tier3 with { Cpu = "tr-7960x" }).ToBuild());

    [Fact]
    public void DoesNotFire_ForTheGuidesTier2() =>
        RuleRun.Findings<CpuSocketMatchesBoardRule>(TestBuilds.Tier2.ToBuild()).ShouldBeEmpty();
}
