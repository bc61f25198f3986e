using CsCheck;

namespace ExpertRig.Domain.Tests;

public sealed class FiguresTests
{
    [Theory]
    [InlineData(11302.5, "$11,303")]
    [InlineData(9692.5, "$9,693")]
    [InlineData(11892.5, "$11,893")]
    [InlineData(152.5, "$153")]
    [InlineData(0.5, "$1")]
    [InlineData(-0.5, "-$1")]
    [InlineData(3960, "$3,960")]
    public void WholeUsd_RoundsHalvesAwayFromZero(double amount, string expected) =>
        Figures.WholeUsd(amount).ShouldBe(expected);

    [Theory]
    [InlineData(3960, "$3,960")]
    [InlineData(152.5, "$152.50")]
    [InlineData(0.125, "$0.13")]
    [InlineData(0, "$0")]
    [InlineData(-20, "-$20")]
    public void Usd_ShowsCentsOnlyWhenThereAreAny(double amount, string expected) =>
        Figures.Usd(amount).ShouldBe(expected);

    [Theory]
    [InlineData(5.75, 1, "5.8")]
    [InlineData(1.005, 2, "1.01")]
    [InlineData(5.749, 1, "5.7")]
    [InlineData(6.95, 1, "7")]
    [InlineData(6.949, 1, "6.9")]
    [InlineData(1.115, 2, "1.12")]
    [InlineData(2.5, 0, "3")]
    [InlineData(-2.5, 0, "-3")]
    [InlineData(-0.04, 1, "0")]
    [InlineData(1146.2, 0, "1,146")]
    [InlineData(17.0, 1, "17")]
    public void Number_RoundsHalvesAwayFromZero_AndDropsTrailingZeros(double value, int decimals, string expected) =>
        Figures.Number(value, decimals).ShouldBe(expected);

    [Theory]
    [InlineData(16, "16.0 A")]
    [InlineData(8.05, "8.1 A")]
    public void Amps_KeepOneDecimal(double amps, string expected) => Figures.Amps(amps).ShouldBe(expected);

    [Theory]
    [InlineData(0.3, "30%")]
    [InlineData(0.035, "4%")]
    [InlineData(0.0249, "2%")]
    [InlineData(0.29, "29%")]
    public void Percent_ShowsAWholePercentage(double fraction, string expected) => Figures.Percent(fraction).ShouldBe(expected);

    [Theory]
    [InlineData(5.66, "5.7 s")]
    [InlineData(5.75, "5.8 s")]
    [InlineData(59.96, "1 min 0 s")]
    [InlineData(119.6, "2 min 0 s")]
    [InlineData(125, "2 min 5 s")]
    public void Duration_UsesMinutesFromAMinute(double seconds, string expected) =>
        Figures.Duration(seconds).ShouldBe(expected);

    [Fact]
    public void Round_ThenFormat_ShowsTheSameFigure_AsFormattingDirectly() =>
        Gen.Double[-1e7, 1e7].Select(Gen.Int[0, 3]).Sample((value, decimals) =>
        {
            Figures.Number(Figures.Round(value, decimals), decimals).ShouldBe(Figures.Number(value, decimals));
            Figures.Round(Figures.Round(value, decimals), decimals).ShouldBe(Figures.Round(value, decimals));
        });

    [Fact]
    public void TheViewsRoundedFigures_ShowAsTheRawFiguresDo() =>
        Gen.Double[0, 1e5].Sample(value =>
        {
            Figures.Duration(Figures.RoundSeconds(value)).ShouldBe(Figures.Duration(value));
            Figures.Speed(Figures.RoundSpeed(value)).ShouldBe(Figures.Speed(value));
            Figures.PromptSpeed(Figures.RoundPromptSpeed(value)).ShouldBe(Figures.PromptSpeed(value));
            Figures.Gb(Figures.RoundGb(value)).ShouldBe(Figures.Gb(value));
            Figures.Usd(Figures.Dollars(value)).ShouldBe(Figures.WholeUsd(value));
            Figures.Percent(Figures.RoundShare(value / 1e5)).ShouldBe(Figures.Percent(value / 1e5));
        });

    [Fact]
    public void Round_OfAHalf_GoesAwayFromZero_WhereverTheHalfIs() =>
        Gen.Int[-1_000_000, 1_000_000].Select(Gen.Int[0, 2]).Sample((units, decimals) =>
        {
            var half = (units + 0.5) / Math.Pow(10, decimals);
            var expected = (units + (units >= 0 ? 1 : 0)) / Math.Pow(10, decimals);
            Figures.Round(half, decimals).ShouldBe(expected, 1e-9);
        });
}
