using System.Text.RegularExpressions;

namespace ExpertRig.Domain.Physics;

/// <summary>
/// The Apple chip a device name or catalog chip line describes, as "M{generation} {tier}" ("M2 Ultra", "M4 Max",
/// "M4"): chips of one generation and tier share a GPU layout and so a share of their bandwidth.
/// </summary>
public static partial class AppleChips
{
    /// <summary>The chip named in <paramref name="text"/> ("Apple M3 Ultra (28-core CPU, 60-core GPU)" gives "M3 Ultra"); null when none.</summary>
    public static string? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var match = ChipPattern().Match(text);
        return match.Success
            ? match.Groups["tier"].Success ? $"M{match.Groups["generation"].Value} {match.Groups["tier"].Value}" : $"M{match.Groups["generation"].Value}"
            : null;
    }

    [GeneratedRegex(@"\bM(?<generation>[1-9])(?:\s+(?<tier>Pro|Max|Ultra))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex ChipPattern();
}
