using System.Text.RegularExpressions;
using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Tests.CatalogTests;

/// <summary>A throw-away copy of the shipped catalog that a test corrupts on purpose.</summary>
internal sealed class CatalogCopy : IDisposable
{
    public CatalogCopy()
    {
        Directory = Path.Combine(Path.GetTempPath(), "expertrig-catalog-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var file in CatalogLoader.FileNames)
        {
            File.Copy(Path.Combine(CatalogLoader.DefaultDirectory, file), Path.Combine(Directory, file));
        }
    }

    public string Directory { get; }

    public string PathOf(string file) => Path.Combine(Directory, file);

    public string Read(string file) => File.ReadAllText(PathOf(file));

    public void Write(string file, string text) => File.WriteAllText(PathOf(file), text);

    /// <summary>Sets <paramref name="key"/> of entry <paramref name="id"/> to <paramref name="value"/> (the key must exist).</summary>
    public void Set(string file, string id, string key, string value) =>
        EditEntry(file, id, block => ReplaceKeyLine(block, key, $"  {key}: {value}"));

    /// <summary>Deletes the line of <paramref name="key"/> from entry <paramref name="id"/>.</summary>
    public void Remove(string file, string id, string key) =>
        EditEntry(file, id, block => ReplaceKeyLine(block, key, null));

    /// <summary>Adds a line to the end of entry <paramref name="id"/>.</summary>
    public void AddLine(string file, string id, string line) =>
        EditEntry(file, id, block => block.TrimEnd('\n') + "\n" + line + "\n");

    /// <summary>Appends the entry <paramref name="id"/> again at the end of the file, unchanged.</summary>
    public void DuplicateEntry(string file, string id)
    {
        var text = Read(file);
        Write(file, text.TrimEnd('\n') + "\n\n" + EntryBlock(text, id).TrimEnd('\n') + "\n");
    }

    /// <summary>1-based line where <paramref name="key"/> of entry <paramref name="id"/> starts in the current file.</summary>
    public int LineOf(string file, string id, string key = "id")
    {
        var text = Read(file);
        var start = EntryStart(text, id);
        var keyIndex = key == "id" ? start : text.IndexOf($"\n  {key}:", start, StringComparison.Ordinal) + 1;
        return text[..keyIndex].Count(c => c == '\n') + 1;
    }

    public ExpertRig.Domain.Catalog.Catalog Load() => CatalogLoader.Load(Directory);

    public CatalogException LoadFails() => Should.Throw<CatalogException>(() => CatalogLoader.Load(Directory));

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }

    private void EditEntry(string file, string id, Func<string, string> edit)
    {
        var text = Read(file);
        var block = EntryBlock(text, id);
        var start = EntryStart(text, id);
        Write(file, text[..start] + edit(block) + text[(start + block.Length)..]);
    }

    private static int EntryStart(string text, string id)
    {
        var match = Regex.Match(text, $@"(?m)^- id: {Regex.Escape(id)}\n");
        return match.Success ? match.Index : throw new InvalidOperationException($"no entry '{id}' in the catalog copy");
    }

    private static string EntryBlock(string text, string id)
    {
        var start = EntryStart(text, id);
        var next = text.IndexOf("\n- id:", start + 1, StringComparison.Ordinal);
        return next < 0 ? text[start..] : text[start..(next + 1)];
    }

    private static string ReplaceKeyLine(string block, string key, string? replacement)
    {
        var lines = block.Split('\n').ToList();
        var index = lines.FindIndex(line => line.StartsWith($"  {key}:", StringComparison.Ordinal) || line.StartsWith($"- {key}:", StringComparison.Ordinal));
        if (index < 0)
        {
            throw new InvalidOperationException($"no key '{key}' in the entry");
        }

        var prefix = lines[index].StartsWith("- ", StringComparison.Ordinal) ? "- " : "  ";
        var end = index + 1;
        while (end < lines.Count && lines[end].StartsWith("    ", StringComparison.Ordinal))
        {
            end++;
        }

        lines.RemoveRange(index, end - index);
        if (replacement is not null)
        {
            lines.Insert(index, prefix + replacement.TrimStart());
        }

        return string.Join('\n', lines);
    }
}
