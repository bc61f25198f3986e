using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Sizing;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Sizing;

public sealed class QuantizationQualityRuleTests
{
    [Fact]
    public void Notes_TheGuidesFigureForQ4KM()
    {
        var finding = Fire<QuantizationQualityRule>(Scenario(Tier2(), 1, Need("llama-3-70b", "Q4_K_M"))).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Note);
        finding.Text.ShouldBe("Llama 3 70B at Q4_K_M keeps about 95–96% of FP16 quality (guide's quantization table; llama.cpp measures +4.83% perplexity on Llama 3 70B).");
    }

    [Fact]
    public void Notes_TheMeasuredPerplexityWhereTheGuideHasNoFigure()
    {
        Fire<QuantizationQualityRule>(Scenario(Tier2(), 1, Need("llama-3-70b", "Q6_K"))).ShouldHaveSingleItem()
            .Text.ShouldContain("costs +0.47% perplexity on Llama 3 70B over F16");
    }

    [Theory]
    [InlineData("Q3_K_M")]
    [InlineData("F16")]
    public void DoesNotFire_BelowQ4OrUnquantized(string quant)
    {
        Fire<QuantizationQualityRule>(Scenario(Tier3(), 1, Need("llama-3-70b", quant))).ShouldBeEmpty();
    }
}
