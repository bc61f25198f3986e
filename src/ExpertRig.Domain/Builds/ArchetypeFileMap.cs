using System.Text.RegularExpressions;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// Where each top-level entry of archetypes.yaml starts, its id and the line of each of its keys, read from the text
/// so that every error (YAML or semantic) can name its entry and line.
/// </summary>
internal sealed partial class ArchetypeFileMap
{
    private readonly List<Entry> entries = [];

    private ArchetypeFileMap()
    {
    }

    /// <summary>Entries in file order.</summary>
    public IReadOnlyList<Entry> Entries => entries;

    public static ArchetypeFileMap Of(string yaml)
    {
        var map = new ArchetypeFileMap();
        var lines = yaml.Split('\n');
        Entry? current = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var start = EntryStart().Match(line);
            if (start.Success)
            {
                current = new Entry(i + 1, start.Groups["indent"].Length);
                map.entries.Add(current);
                current.Add(start.Groups["key"].Value, start.Groups["value"].Value, i + 1, current.Indent + 1);
                continue;
            }

            var key = Key().Match(line);
            if (current is not null && key.Success && key.Groups["indent"].Length == current.Indent)
            {
                current.Add(key.Groups["key"].Value, key.Groups["value"].Value, i + 1, current.Indent + 1);
            }
        }

        return map;
    }

    /// <summary>The entry that contains <paramref name="line"/>, or null before the first entry.</summary>
    public Entry? At(long line) => entries.LastOrDefault(entry => entry.Line <= line);

    [GeneratedRegex(@"^-(?<indent>\s+)(?<key>[A-Za-z0-9_]+)\s*:\s*(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex EntryStart();

    [GeneratedRegex(@"^(?<indent>\s+)(?<key>[A-Za-z0-9_]+)\s*:\s*(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Key();

    /// <summary>One entry: its first line, its id (when written as a plain scalar) and the position of each key.</summary>
    internal sealed class Entry(int line, int indentAfterDash)
    {
        private readonly Dictionary<string, (int Line, int Column)> keys = new(StringComparer.Ordinal);

        public int Line { get; } = line;

        /// <summary>Column (0-based) of the entry's keys: the dash plus the spaces after it.</summary>
        public int Indent { get; } = indentAfterDash + 1;

        public string? Id { get; private set; }

        public (int Line, int Column) PositionOf(string? key) =>
            key is not null && keys.TryGetValue(key, out var position) ? position : (Line, 1);

        public void Add(string key, string value, int line, int column)
        {
            keys.TryAdd(key, (line, column));
            if (key == "id" && Id is null)
            {
                Id = value.Split('#')[0].Trim().Trim('"', '\'');
            }
        }
    }
}
