using ExpertRig.Domain;

namespace ExpertRig.Reporting;

/// <summary>
/// The formatting helpers templates call as <c>fmt.usd</c>, <c>fmt.num</c> …: each is <see cref="Figures"/>, the
/// one formatter the rules, the view model and the wizard use, so the report writes a figure as they do.
/// </summary>
public static class ReportFunctions
{
    /// <summary>Dollars with thousands separators: whole amounts without cents ("$3,960"), others with ("$0.15").</summary>
    public static string Usd(double amount) => Figures.Usd(amount);

    /// <summary>Dollars rounded half away from zero to the whole dollar ("$6,327.50" → "$6,328"), for headings and labels.</summary>
    public static string UsdWhole(double amount) => Figures.WholeUsd(amount);

    /// <summary>A price per unit (per kWh) with two to four decimals: "$0.15".</summary>
    public static string UsdRate(double amount) => Figures.UsdRate(amount);

    /// <summary>A number with thousands separators and at most <paramref name="decimals"/> decimals, trailing zeros dropped.</summary>
    public static string Num(double value, int decimals = 1) => Figures.Number(value, decimals);

    /// <summary>A fraction as a percentage ("0.24" → "24%").</summary>
    public static string Pct(double fraction, int decimals = 0) => Figures.Percent(fraction, decimals);

    /// <summary>A duration in seconds, as seconds below a minute and minutes and seconds above.</summary>
    public static string Duration(double seconds) => Figures.Duration(seconds);

    /// <summary>"yes" or "no".</summary>
    public static string YesNo(bool value) => value ? "yes" : "no";

    /// <summary>Text made safe for one Markdown table cell: one line, pipes escaped.</summary>
    public static string Cell(object? value) =>
        (value?.ToString() ?? "").ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal).Trim();

    /// <summary>Text made safe inside a double-quoted Mermaid label.</summary>
    public static string Label(object? value) =>
        (value?.ToString() ?? "").ReplaceLineEndings(" ").Replace('"', '\'');
}
