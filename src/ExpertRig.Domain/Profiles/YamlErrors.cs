using YamlDotNet.Core;

namespace ExpertRig.Domain.Profiles;

/// <summary>Turns YamlDotNet's errors and positions into one-line <see cref="ProfileException"/>s.</summary>
internal static class YamlErrors
{
    /// <summary>An error at a YamlDotNet position (whose line and column are already 1-based).</summary>
    public static ProfileException At(string sourceName, Mark mark, string problem) =>
        new(sourceName, Clamp(mark.Line), Clamp(mark.Column), problem);

    /// <summary>Rewords a YamlDotNet exception as a profile error at the position it names.</summary>
    public static ProfileException ToProfileException(YamlException error, string sourceName)
    {
        const string duplicatePrefix = "Duplicate key ";
        var problem = error.Message.StartsWith(duplicatePrefix, StringComparison.Ordinal)
            ? $"the key {DisplayText.Quote(error.Message[duplicatePrefix.Length..])} appears twice in the same mapping; keep one"
            : $"malformed YAML: {LowerFirst(error.Message.Trim())}";
        return At(sourceName, error.Start, problem);
    }

    private static int? Clamp(long value) => value <= 0 ? null : (int)Math.Min(value, int.MaxValue);

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1])
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;
}
