using CsCheck;

namespace ExpertRig.Testing;

/// <summary>
/// Mutations for fuzzing a reader from valid seed files, shared by the loaders' fuzz tests: text edits (characters
/// and whole lines, with YAML's troublemakers) and byte edits for binary formats such as a GGUF header. A fuzz test
/// samples <see cref="TextEdits"/> or <see cref="ByteEdits"/>, applies them to a seed and asserts the reader either
/// succeeds or throws its one-line bad-input exception.
/// </summary>
internal static class Mutations
{
    /// <summary>YAML's structural characters, escapes and encodings that break parsers, and letters to make keys.</summary>
    public const string Alphabet = ":-[]{}\"'#&*!|>%@`,?~\\ \t\n\r0123456789.eE_abdekmqsuwxyzQK\u0000\u0001\u001B\u007F\u00E9\uFEFF\u202E\u2028中";

    /// <summary>Whole lines that stress a YAML loader.</summary>
    public static readonly string[] NastyLines =
    [
        "---", "...", "%YAML 1.2", "? [a, b]", ": x", "<<: *base", "&base", "a: &w [*w]", "x: !!binary aGVsbG8=",
        "\"unterminated", "'also", "{a: [b, {c: d}]}", "- - - -", "x: *undefined", "[[[[[[[[[[", "]]]]", "gpu_count: -1",
        "gpu_count: 99999999999999999999", "storage: [a, a, a, a]", "system: dgx-spark", "[gpu]: x", "gpu: NaN",
    ];

    /// <summary>One text edit.</summary>
    public enum Edit
    {
        /// <summary>Delete a character.</summary>
        DeleteChar,

        /// <summary>Insert a character from <see cref="Alphabet"/>.</summary>
        InsertChar,

        /// <summary>Duplicate a character.</summary>
        DuplicateChar,

        /// <summary>Delete a line.</summary>
        DeleteLine,

        /// <summary>Duplicate a line.</summary>
        DuplicateLine,

        /// <summary>Swap a line with the next.</summary>
        SwapLines,

        /// <summary>Insert one of <see cref="NastyLines"/>.</summary>
        InsertLine,
    }

    /// <summary>One to six text edits.</summary>
    public static Gen<(Edit Kind, int Where, char Char, int Line)[]> TextEdits { get; } = TextEditsFrom(Alphabet, NastyLines);

    /// <summary>One to six text edits drawing characters from <paramref name="alphabet"/> and lines from <paramref name="nastyLines"/>.</summary>
    public static Gen<(Edit Kind, int Where, char Char, int Line)[]> TextEditsFrom(string alphabet, IReadOnlyList<string> nastyLines) =>
        Gen.Select(Gen.Enum<Edit>(), Gen.Int[0, int.MaxValue], Gen.Char[alphabet], Gen.Int[0, nastyLines.Count - 1]).Array[1, 6];

    /// <summary>One to eight byte edits: position, new byte, and whether to insert, overwrite or delete.</summary>
    public static Gen<(int Where, byte Value, int How)[]> ByteEdits { get; } =
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Byte, Gen.Int[0, 2]).Array[1, 8];

    /// <summary>The text with the edits applied in turn.</summary>
    public static string Apply(string text, (Edit Kind, int Where, char Char, int Line)[] edits) => Apply(text, edits, NastyLines);

    /// <summary>The text with the edits applied in turn, inserted lines taken from <paramref name="nastyLines"/>.</summary>
    public static string Apply(string text, (Edit Kind, int Where, char Char, int Line)[] edits, IReadOnlyList<string> nastyLines)
    {
        foreach (var (kind, where, c, line) in edits)
        {
            var lines = text.Split('\n').ToList();
            var lineIndex = where % lines.Count;
            var at = text.Length == 0 ? 0 : where % text.Length;
            text = kind switch
            {
                Edit.DeleteChar when text.Length > 0 => text.Remove(at, 1),
                Edit.InsertChar => text.Insert(at, c.ToString()),
                Edit.DuplicateChar when text.Length > 0 => text.Insert(at, text[at].ToString()),
                Edit.DeleteLine => Join(lines, l => l.RemoveAt(lineIndex)),
                Edit.DuplicateLine => Join(lines, l => l.Insert(lineIndex, l[lineIndex])),
                Edit.SwapLines when lines.Count > 1 => Join(lines, l => (l[lineIndex], l[(lineIndex + 1) % l.Count]) = (l[(lineIndex + 1) % l.Count], l[lineIndex])),
                Edit.InsertLine => Join(lines, l => l.Insert(lineIndex, nastyLines[line])),
                _ => text,
            };
        }

        return text;
    }

    /// <summary>The bytes with the edits applied in turn (0 overwrite, 1 insert, 2 delete).</summary>
    public static byte[] Apply(byte[] bytes, (int Where, byte Value, int How)[] edits)
    {
        var result = bytes.ToList();
        foreach (var (where, value, how) in edits)
        {
            var at = result.Count == 0 ? 0 : where % result.Count;
            switch (how)
            {
                case 0 when result.Count > 0:
                    result[at] = value;
                    break;
                case 1:
                    result.Insert(at, value);
                    break;
                case 2 when result.Count > 0:
                    result.RemoveAt(at);
                    break;
            }
        }

        return [.. result];
    }

    private static string Join(List<string> lines, Action<List<string>> change)
    {
        change(lines);
        return string.Join('\n', lines);
    }
}
