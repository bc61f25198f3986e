using System.Text;
using System.Text.RegularExpressions;

namespace ExpertRig.Domain.Catalog;

/// <summary>The catalog's id rules: lowercase kebab-case, and the forgiving spelling users may type.</summary>
public static partial class CatalogIds
{
    /// <summary>True for a well-formed id: lowercase letters and digits in hyphen-separated words; a dot only
    /// between digits (version numbers such as <c>llama-3.1-405b</c> or <c>exl2-4.25</c>).</summary>
    public static bool IsValid(string? id) => id is not null && ValidId().IsMatch(id);

    /// <summary>Canonical spelling of user input: trimmed, lowercase, with underscores and spaces as hyphens
    /// (<c>Q4_K_M</c> becomes <c>q4-k-m</c>, <c>RTX 4090</c> becomes <c>rtx-4090</c>).</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            var mapped = c is '_' or ' ' ? '-' : char.ToLowerInvariant(c);
            if (mapped == '-' && (builder.Length == 0 || builder[^1] == '-'))
            {
                continue;
            }

            builder.Append(mapped);
        }

        return builder.ToString().TrimEnd('-');
    }

    /// <summary>The normalized text with every separator removed, so <c>llama3-8b</c> still finds <c>llama-3-8b</c>.</summary>
    public static string Compact(string text) =>
        new(Normalize(text).Where(c => c is not ('-' or '.')).ToArray());

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+|(?<=[0-9])\.[0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidId();
}
