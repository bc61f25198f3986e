using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Ranking;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Ranking;

public sealed class DominatedBuildRuleTests
{
    [Fact]
    public void Fires_WhenAFeasibleBuildIsCheaperAndAsFast()
    {
        var need = Need("llama-3-8b", "Q4_K_M");
        var cheap = SingleRtx4090();
        var dear = SingleRtx4090() with { Archetype = "1x-rtx-4090-dear", Title = "1× RTX 4090 on X870E", Composed = true, Components = [.. cheap.Components, .. cheap.Components] };

        var finding = Fire<DominatedBuildRule>(
            cheap, dear, new FeasibleBuild(cheap), need, Predict(cheap, need), Predict(dear, need), PowerBudgetOf(cheap), PowerBudgetOf(dear)).ShouldHaveSingleItem();

        finding.Build.ShouldBeSameAs(dear);
        finding.Kind.ShouldBe(FindingKind.Violation);
        finding.Text.ShouldStartWith($"Dominated by {cheap.Title}");
    }

    [Fact]
    public void DoesNotFire_OnTheGuidesOwnBuild()
    {
        var need = Need("llama-3-8b", "Q4_K_M");
        var cheap = SingleRtx4090() with { Archetype = "composed-cheap", Composed = true };
        var template = SingleRtx4090() with { Components = [.. cheap.Components, .. cheap.Components] };

        Fire<DominatedBuildRule>(
            cheap, template, new FeasibleBuild(cheap), need, Predict(cheap, need), Predict(template, need), PowerBudgetOf(cheap), PowerBudgetOf(template))
            .ShouldBeEmpty();
    }
}
