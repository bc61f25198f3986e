using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class CaseFitsBoardRuleTests
{
    [Fact]
    public void Fires_WhenAnEebBoardMeetsACaseWithoutEeb() =>
        RuleRun.Single<CaseFitsBoardRule>(FindingKind.Violation, (TestBuilds.Tier3 with { Case = "fractal-torrent" }).ToBuild())
            .Text.ShouldContain("is SSI EEB; the Fractal Design Torrent mounts E-ATX, ATX, Micro-ATX, Mini-ITX");

    [Fact]
    public void DoesNotFire_WhenTheChassisTakesEeb() =>
        RuleRun.Findings<CaseFitsBoardRule>(TestBuilds.Tier3.ToBuild()).ShouldBeEmpty();
}
