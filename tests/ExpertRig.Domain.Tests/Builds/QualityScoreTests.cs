using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Tests.Builds;

/// <summary>The ranking's quality dimension reads the guide's "quality vs FP16" figures as quants.yaml carries them.</summary>
public sealed class QualityScoreTests
{
    private static readonly Catalog.Catalog Shipped = CatalogLoader.LoadDefault();

    [Fact]
    public void Anchors_AreTheQuantizationsWithTheGuidesQualityFigure_AtTheirEffectiveBits_AndTheMiddleOfTheirRange()
    {
        var fromCatalog = Shipped.Quantizations
            .Where(q => q.QualityVsFp16Pct is not null)
            .Select(q => (q.BitsPerWeight, Pct: (q.QualityVsFp16Pct!.Low + q.QualityVsFp16Pct.High) / 2))
            .OrderBy(a => a.BitsPerWeight)
            .ToList();

        QualityScore.GuidePoints.Select(p => (p.Bits, p.Pct)).ShouldBe(fromCatalog);
    }

    [Fact]
    public void AtEveryGuideFigure_RetainedQualityIsThatFigure()
    {
        foreach (var q in Shipped.Quantizations.Where(q => q.QualityVsFp16Pct is not null))
        {
            var pct = QualityScore.RetainedPct(q.BitsPerWeight);
            pct.ShouldBeInRange(q.QualityVsFp16Pct!.Low, q.QualityVsFp16Pct.High, q.Name);
        }
    }

    [Theory]
    [InlineData("q2-k", 0.1)]      // 86.5%: the guide's lowest figure, near the bottom of the scale
    [InlineData("q4-k-m", 0.70)]   // 95.5%
    [InlineData("q5-k-m", 0.83)]   // 97.5%
    [InlineData("q8-0", 0.93)]     // 99%
    [InlineData("f16", 1.0)]
    public void Scores_RunFromTheGuidesLowestFigureToFp16(string quant, double score) =>
        QualityScore.Of(Shipped.FindQuantization(quant).BitsPerWeight).ShouldBe(score, 0.01);

    [Fact]
    public void EightBits_ScoreAboutAQuarterMoreThanFiveBits_NotTheSixtyPercentMoreThatBitsAloneGave()
    {
        var five = QualityScore.Of(Shipped.FindQuantization("exl2-5.0").BitsPerWeight);
        var eight = QualityScore.Of(Shipped.FindQuantization("exl2-8.0").BitsPerWeight);

        // The guide: Q5_K_M keeps 97–98% and Q8_0 99% of FP16 quality; 5 ÷ 8 bits was a 37% penalty.
        QualityScore.RetainedPct(5.0).ShouldBe(95.9, 0.1);
        (eight / five).ShouldBeInRange(1.1, 1.35);
    }

    [Fact]
    public void Score_NeverFalls_AsBitsRise_AndStaysBetweenZeroAndOne()
    {
        var previous = -1.0;
        for (var bits = 0.0; bits <= 20; bits += 0.05)
        {
            var score = QualityScore.Of(bits);
            score.ShouldBeInRange(0, 1);
            score.ShouldBeGreaterThanOrEqualTo(previous);
            previous = score;
        }
    }

    [Fact]
    public void BelowTheGuidesLowestFigure_EveryFormatScoresZero() =>
        QualityScore.Of(Shipped.FindQuantization("iq2-xxs").BitsPerWeight).ShouldBe(0);
}
