using System.Text;

namespace ExpertRig.Domain.Profiles;

/// <summary>Quotes user text inside a one-line error message, shortened and with control characters made visible.</summary>
internal static class DisplayText
{
    private const int MaxShown = 40;

    /// <summary>The text in single quotes, cut to 40 characters.</summary>
    public static string Quote(string text) => Quote(text, MaxShown);

    /// <summary>The text in single quotes, cut to <paramref name="maxShown"/> characters.</summary>
    public static string Quote(string text, int maxShown)
    {
        var builder = new StringBuilder("'");
        foreach (var c in text.Length > maxShown ? text[..maxShown] : text)
        {
            builder.Append(char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return builder.Append(text.Length > maxShown ? "…'" : "'").ToString();
    }
}
