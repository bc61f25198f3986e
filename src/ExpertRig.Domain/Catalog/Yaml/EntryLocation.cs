using YamlDotNet.Core;

namespace ExpertRig.Domain.Catalog.Yaml;

/// <summary>Where one list entry of a catalog file starts, its id, and where each key inside it starts.</summary>
internal sealed class EntryLocation(Mark start)
{
    private readonly Dictionary<string, Mark> topLevelKeys = new(StringComparer.Ordinal);
    private readonly List<(string Key, Mark Mark)> allKeys = [];

    public Mark Start { get; } = start;

    public string? Id { get; set; }

    public void AddKey(string key, Mark mark, bool topLevel)
    {
        allKeys.Add((key, mark));
        if (topLevel)
        {
            topLevelKeys.TryAdd(key, mark);
        }
    }

    /// <summary>The position of top-level <paramref name="key"/>, or of the entry itself when the key is absent.</summary>
    public Mark MarkOf(string? key) => key is not null && topLevelKeys.TryGetValue(key, out var mark) ? mark : Start;

    /// <summary>The key (at any depth) whose value holds <paramref name="position"/>: the last key before it.</summary>
    public string? KeyAt(Mark position) =>
        allKeys.LastOrDefault(key => key.Mark.Index <= position.Index).Key;
}
