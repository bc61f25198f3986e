using System.Globalization;
using System.Text;

namespace ExpertRig.Domain;

/// <summary>
/// Makes user-supplied text safe inside a one-line error on a terminal: control characters (ESC, BEL, newlines) and
/// invisible formatting characters (bidi overrides such as U+202E, zero-width spaces) are shown as <c>\uXXXX</c>,
/// and long values are cut, so a value can neither drive the terminal nor flood it.
/// </summary>
public static class MessageText
{
    /// <summary>How many characters of a value a message shows.</summary>
    public const int MaxValueChars = 80;

    /// <summary>How many characters of a path a message shows.</summary>
    public const int MaxPathChars = 240;

    /// <summary>How many characters a whole one-line message may have before its middle is cut.</summary>
    public const int MaxMessageChars = 2000;

    /// <summary>A value as it may appear in a message: escaped and cut to <see cref="MaxValueChars"/>.</summary>
    public static string Value(string text) => Escape(text, MaxValueChars);

    /// <summary>A path as it may appear in a message: escaped and cut to <see cref="MaxPathChars"/>.</summary>
    public static string Path(string text) => Escape(text, MaxPathChars);

    /// <summary>A whole message made one safe line: newlines become spaces, the rest as <see cref="Escape"/>.</summary>
    public static string Line(string message)
    {
        var oneLine = string.Join(' ', message.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var safe = Escape(oneLine, int.MaxValue);
        return safe.Length <= MaxMessageChars
            ? safe
            : string.Concat(safe.AsSpan(0, MaxMessageChars / 2), " … ", safe.AsSpan(safe.Length - (MaxMessageChars / 2)));
    }

    /// <summary>The text with unsafe characters escaped, cut to <paramref name="maxChars"/> characters (then "…").</summary>
    public static string Escape(string text, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(Math.Min(text.Length, maxChars) + 8);
        var shown = 0;
        foreach (var c in text)
        {
            if (shown == maxChars)
            {
                return builder.Append('…').ToString();
            }

            if (IsUnsafe(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }

            shown++;
        }

        return builder.ToString();
    }

    /// <summary>Whether a character must not reach a terminal as it is (controls, format and separator characters).</summary>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
