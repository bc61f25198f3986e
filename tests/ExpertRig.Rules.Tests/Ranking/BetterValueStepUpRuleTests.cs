using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Ranking;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Ranking;

public sealed class BetterValueStepUpRuleTests
{
    private static readonly WorkloadNeed Eight = Need("llama-3-8b", "Q4_K_M");

    [Fact]
    public void Fires_OnTheFirstBuild_WhenADearerBuildRunsTheMainWorkloadFasterForEachDollar()
    {
        var (cheap, dear) = Pair(gapUsd: 100);

        var finding = Fire<BetterValueStepUpRule>(Ranked(cheap, dear), Predict(cheap, Eight), Predict(dear, Eight)).ShouldHaveSingleItem();

        finding.Build.ShouldBeSameAs(cheap);
        finding.Kind.ShouldBe(FindingKind.Note);
        finding.Text.ShouldStartWith($"For $100 more (");
        finding.Text.ShouldContain($"build 2, {dear.Title}");
        finding.Text.ShouldContain("tok/s per $1,000");
    }

    [Fact]
    public void DoesNotFire_WhenTheDearerBuildCostsMoreThanItsSpeedIsWorth()
    {
        var (cheap, dear) = Pair(gapUsd: 20_000);

        Fire<BetterValueStepUpRule>(Ranked(cheap, dear), Predict(cheap, Eight), Predict(dear, Eight)).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WhenTheFirstBuildIsTheFaster()
    {
        var (cheap, dear) = Pair(gapUsd: 100);

        Fire<BetterValueStepUpRule>(Ranked(dear, cheap), Predict(cheap, Eight), Predict(dear, Eight)).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_ForAStepThatRunsTheModelAtFewerBits()
    {
        var (cheap, dear) = Pair(gapUsd: 100);

        Fire<BetterValueStepUpRule>(Ranked(cheap, dear), Predict(cheap, Eight), Predict(dear, Eight, quantId: "Q3_K_M")).ShouldBeEmpty();
    }

    private static Domain.Facts.Ranking Ranked(params Build[] builds) =>
        new([.. builds.Select((b, i) => new RankedBuild(i + 1, b, 1.0 - (0.1 * i), "test"))]);

    // One RTX 4090 and the Tier 1 RTX 5090 on the same platform, one of them padded so that the 5090 build costs gapUsd more.
    private static (Build Cheap, Build Dear) Pair(double gapUsd)
    {
        var cheap = SingleRtx4090();
        var dear = Tier1();
        var pad = cheap.TotalPriceUsd + gapUsd - dear.TotalPriceUsd;
        return pad >= 0 ? (cheap, Padded(dear, pad)) : (Padded(cheap, -pad), dear);
    }

    private static Build Padded(Build build, double usd) =>
        build with { Components = [.. build.Components, new BuildComponent(ComponentCategory.Accessory, "price-pad", "price pad", 1, usd, false, "test")] };
}
