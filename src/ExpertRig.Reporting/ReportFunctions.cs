using System.Globalization;

namespace ExpertRig.Reporting;

/// <summary>
/// The formatting helpers templates call as <c>fmt.usd</c>, <c>fmt.num</c> …: invariant culture, so the same view
/// renders the same bytes everywhere.
/// </summary>
public static class ReportFunctions
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Dollars with thousands separators: whole amounts without cents ("$3,960"), others with ("$152.50").</summary>
    public static string Usd(double amount) =>
        amount.ToString(Math.Round(amount, 2) % 1 == 0 ? "$#,0" : "$#,0.00", Invariant);

    /// <summary>Dollars rounded to the whole dollar, halves up ("$6,327.50" → "$6,328"), for headings and labels.</summary>
    public static string UsdWhole(double amount) =>
        Math.Round(amount, MidpointRounding.AwayFromZero).ToString("$#,0", Invariant);

    /// <summary>A number with thousands separators and at most <paramref name="decimals"/> decimals, trailing zeros dropped.</summary>
    public static string Num(double value, int decimals = 1) =>
        value.ToString(decimals <= 0 ? "#,0" : "#,0." + new string('#', decimals), Invariant);

    /// <summary>A fraction as a percentage ("0.24" → "24%").</summary>
    public static string Pct(double fraction, int decimals = 0) => Num(fraction * 100, decimals) + "%";

    /// <summary>A duration in seconds, as seconds below a minute and minutes and seconds above.</summary>
    public static string Duration(double seconds) => seconds < 60
        ? Num(seconds, 1) + " s"
        : $"{Math.Floor(seconds / 60).ToString("0", Invariant)} min {Math.Round(seconds % 60).ToString("0", Invariant)} s";

    /// <summary>"yes" or "no".</summary>
    public static string YesNo(bool value) => value ? "yes" : "no";

    /// <summary>Text made safe for one Markdown table cell: one line, pipes escaped.</summary>
    public static string Cell(object? value) =>
        (value?.ToString() ?? "").ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal).Trim();

    /// <summary>Text made safe inside a double-quoted Mermaid label.</summary>
    public static string Label(object? value) =>
        (value?.ToString() ?? "").ReplaceLineEndings(" ").Replace('"', '\'');
}
