using YamlDotNet.Core;

namespace ExpertRig.Domain.Profiles;

/// <summary>Turns YamlDotNet's errors and positions into one-line <see cref="ProfileException"/>s.</summary>
internal static class YamlErrors
{
    /// <summary>An error at a YamlDotNet position (whose line and column are already 1-based).</summary>
    public static ProfileException At(string sourceName, Mark mark, string problem) =>
        new(sourceName, Clamp(mark.Line), Clamp(mark.Column), problem);

    private static int? Clamp(long value) => value <= 0 ? null : (int)Math.Min(value, int.MaxValue);
}
