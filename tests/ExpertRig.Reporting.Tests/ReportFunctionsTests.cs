namespace ExpertRig.Reporting.Tests;

public sealed class ReportFunctionsTests
{
    [Theory]
    [InlineData(3960, "$3,960")]
    [InlineData(152.5, "$152.50")]
    [InlineData(0, "$0")]
    public void Usd_ShowsCentsOnlyWhenThereAreAny(double amount, string expected) =>
        ReportFunctions.Usd(amount).ShouldBe(expected);

    [Theory]
    [InlineData(6327.5, "$6,328")]
    [InlineData(152.5, "$153")]
    [InlineData(3960, "$3,960")]
    public void UsdWhole_RoundsHalvesUp(double amount, string expected) =>
        ReportFunctions.UsdWhole(amount).ShouldBe(expected);

    [Theory]
    [InlineData(16.83, 1, "16.8")]
    [InlineData(17.0, 1, "17")]
    [InlineData(1146.2, 0, "1,146")]
    [InlineData(0.123, 2, "0.12")]
    public void Num_DropsTrailingZeros(double value, int decimals, string expected) =>
        ReportFunctions.Num(value, decimals).ShouldBe(expected);

    [Fact]
    public void Pct_ShowsAFractionAsPercent() => ReportFunctions.Pct(0.3).ShouldBe("30%");

    [Theory]
    [InlineData(5.66, "5.7 s")]
    [InlineData(125, "2 min 5 s")]
    public void Duration_UsesMinutesAboveAMinute(double seconds, string expected) =>
        ReportFunctions.Duration(seconds).ShouldBe(expected);

    [Fact]
    public void Cell_KeepsATableCellOnOneLineAndEscapesPipes() =>
        ReportFunctions.Cell("a | b\nc").ShouldBe("a \\| b c");

    [Fact]
    public void Label_ReplacesDoubleQuotes() => ReportFunctions.Label("say \"hi\"").ShouldBe("say 'hi'");
}
