using CsCheck;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Catalog.Yaml;

namespace ExpertRig.Domain.Tests.CatalogTests;

/// <summary>
/// Whatever is in the files, loading ends in a catalog or a one-line <see cref="CatalogException"/>. The samples run
/// on one thread because they rewrite the same files.
/// </summary>
public sealed class CatalogFuzzTests : IDisposable
{
    private static readonly string[] Replacements =
    [
        "", "~", "null", "-1", "0", "1e400", "NaN", ".inf", "[]", "{}", "[1, 2, 3]", "x", "\"\"", "- a", ": :", "&a", "*a",
        "!!binary AAAA", "true", "18446744073709551616", "'unterminated", "{ position: 0 }",
    ];

    private readonly CatalogCopy copy = new();

    public void Dispose() => copy.Dispose();

    [Fact]
    public void ReplacingAnyValue_NeverEscapesAsAnotherException()
    {
        var files = CatalogLoader.FileNames.ToArray();
        var originals = files.ToDictionary(file => file, copy.Read);
        var mutation = Gen.Select(Gen.Int[0, files.Length - 1], Gen.Int[0, 10_000], Gen.Int[0, Replacements.Length - 1]);

        mutation.Sample(
            pick =>
            {
                var (fileIndex, lineSeed, replacementIndex) = pick;
                var file = files[fileIndex];
                var lines = originals[file].Split('\n');
                var valueLines = lines.Select((line, i) => (line, i)).Where(l => l.line.Contains(": ", StringComparison.Ordinal)).ToArray();
                var (target, index) = valueLines[lineSeed % valueLines.Length];
                lines[index] = target[..(target.IndexOf(": ", StringComparison.Ordinal) + 2)] + Replacements[replacementIndex];
                copy.Write(file, string.Join('\n', lines));
                try
                {
                    return LoadsOrFailsCleanly(copy.Directory);
                }
                finally
                {
                    copy.Write(file, originals[file]);
                }
            },
            iter: 100,
            threads: 1);
    }

    [Fact]
    public void FlippingBytes_NeverEscapesAsAnotherException()
    {
        var original = File.ReadAllBytes(copy.PathOf("gpus.yaml"));
        var flips = Gen.Select(Gen.Int[0, original.Length - 1], Gen.Byte).Array[1, 8];

        flips.Sample(
            changes =>
            {
                var bytes = (byte[])original.Clone();
                foreach (var (position, value) in changes)
                {
                    bytes[position] = value;
                }

                File.WriteAllBytes(copy.PathOf("gpus.yaml"), bytes);
                try
                {
                    CatalogFileReader.Read<Gpu>(copy.Directory, "gpus.yaml");
                    return true;
                }
                catch (CatalogException error)
                {
                    return IsOneLine(error.Message);
                }
            },
            iter: 200,
            threads: 1);
    }

    private static bool LoadsOrFailsCleanly(string directory)
    {
        try
        {
            CatalogLoader.Load(directory);
            return true;
        }
        catch (CatalogException error)
        {
            return IsOneLine(error.Message) && error.Problems.All(IsOneLine);
        }
    }

    private static bool IsOneLine(string message) =>
        message.Length > 0 && !message.Contains('\n', StringComparison.Ordinal) && !message.Contains("   at ", StringComparison.Ordinal);
}
