using System.Buffers;
using System.Text.Unicode;

namespace ExpertRig.Domain.Profiles;

/// <summary>Turns a profile file's bytes into text, rejecting what is not UTF-8 YAML before the parser sees it.</summary>
internal static class ProfileText
{
    /// <summary>Decodes UTF-8 (with or without a byte-order mark) or throws a <see cref="ProfileException"/>.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string sourceName)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new ProfileException(sourceName, null, null, "the file is UTF-16 text; save it as UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = Position(bytes, nul);
            throw new ProfileException(sourceName, line, column, "the file contains NUL bytes; it looks like a binary file, not a YAML profile");
        }

        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var (line, column) = Position(bytes, bytesRead);
            throw new ProfileException(sourceName, line, column, "the file is not valid UTF-8 text; it looks like a binary file, not a YAML profile");
        }

        return new string(chars, 0, charsWritten);
    }

    /// <summary>Rejects control characters YAML does not allow, which mean a binary or corrupted file.</summary>
    public static void CheckCharacters(string text, string sourceName)
    {
        if (Yaml.YamlCharacters.FirstForbidden(text) is { } bad)
        {
            var what = bad.Character == '\0' ? "NUL characters" : $"the control character U+{(int)bad.Character:X4}";
            throw new ProfileException(sourceName, bad.Line, bad.Column, $"the text contains {what}; it looks like a binary file, not a YAML profile");
        }
    }

    private static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var lastNewline = before.LastIndexOf((byte)'\n');
        return (before.Count((byte)'\n') + 1, offset - lastNewline);
    }
}
