using System.Globalization;

namespace ExpertRig.Cli.Wizard.Answers;

/// <summary>Reads the numbers people type: "$5,000", "5 000" and "5000" are the same budget.</summary>
public static class AnswerText
{
    /// <summary>The number in <paramref name="text"/>, ignoring a leading $ and digit-group separators; null when it is not one.</summary>
    public static double? Number(string text)
    {
        var cleaned = new string(text.Where(c => c is not (',' or '_' or ' ' or '$')).ToArray());
        return double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : null;
    }

    /// <summary>The number shown the way the wizard shows its defaults (invariant culture, no exponent).</summary>
    public static string Show(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A dollar amount with digit grouping, e.g. 5,000.</summary>
    public static string Dollars(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
