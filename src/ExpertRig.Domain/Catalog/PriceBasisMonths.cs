using System.Reflection;
using System.Runtime.Serialization;
using System.Text.RegularExpressions;

namespace ExpertRig.Domain.Catalog;

/// <summary>The month a price basis names (<c>guide-2026-04</c> → <c>2026-04</c>), and the check on an <c>as_of</c> month.</summary>
public static partial class PriceBasisMonths
{
    /// <summary>The month written into a <c>guide-YYYY-MM</c> basis; null for a basis that names none.</summary>
    public static string? Of(PriceBasis basis) => Months.TryGetValue(basis, out var month) ? month : MonthOf(basis);

    // Every bill-of-materials line reads its price's month: the reflection is done once per basis.
    private static readonly Dictionary<PriceBasis, string?> Months = Enum.GetValues<PriceBasis>().Distinct().ToDictionary(b => b, MonthOf);

    private static string? MonthOf(PriceBasis basis)
    {
        var value = typeof(PriceBasis).GetField(basis.ToString())?.GetCustomAttribute<EnumMemberAttribute>()?.Value;
        return value is not null && GuideBasis().Match(value) is { Success: true } match ? match.Groups[1].Value : null;
    }

    /// <summary>The basis as the catalog files spell it (<c>guide-2026-04</c>, <c>vendor-msrp</c>, <c>street</c>).</summary>
    public static string Spelling(PriceBasis basis) =>
        typeof(PriceBasis).GetField(basis.ToString())?.GetCustomAttribute<EnumMemberAttribute>()?.Value
        ?? KebabCase.Of(basis.ToString());

    /// <summary>True for a month written <c>YYYY-MM</c> between 2020-01 and 2099-12.</summary>
    public static bool IsMonth(string text) => Month().IsMatch(text);

    [GeneratedRegex(@"^guide-(\d{4}-\d{2})$")]
    private static partial Regex GuideBasis();

    [GeneratedRegex(@"^20[2-9]\d-(0[1-9]|1[0-2])$")]
    private static partial Regex Month();
}
