using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ExpertRig.Domain.Catalog;

/// <summary>
/// The entries of one catalog file, in file order, with forgiving id lookup: case, underscores and spaces do not
/// matter, the display name works too, and a miss lists the closest ids.
/// </summary>
/// <typeparam name="T">Entry type.</typeparam>
public sealed class CatalogSection<T> : IReadOnlyList<T>
    where T : ICatalogEntry
{
    private readonly T[] entries;
    private readonly Dictionary<string, T> byKey;

    // What TryFind answers for each entry's id spelled exactly as in the file (the spelling the configurator, the
    // archetypes and the rules pass), worked out once here so that those lookups do not normalise the id again. Each
    // value is the normalising lookup's own answer for that exact string, and the index it reads is built above and
    // never changes, so the shortcut cannot answer differently; any other spelling takes the normalising path.
    private readonly Dictionary<string, T> byExactId;

    internal CatalogSection(IEnumerable<T> entries, string kind, string fileName, string listHint)
    {
        this.entries = entries.ToArray();
        Kind = kind;
        FileName = fileName;
        ListHint = listHint;
        byKey = BuildIndex(this.entries);
        byExactId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var entry in this.entries)
        {
            if (entry.Id is { } exact && !byExactId.ContainsKey(exact) && FindNormalised(exact, out var found))
            {
                byExactId[exact] = found;
            }
        }
    }

    /// <summary>What the entries are, for messages ("GPU", "quantization").</summary>
    public string Kind { get; }

    /// <summary>The catalog file the entries come from (e.g. gpus.yaml).</summary>
    public string FileName { get; }

    /// <summary>Where a user can list every id, quoted in lookup errors.</summary>
    public string ListHint { get; }

    /// <summary>Every id, in file order.</summary>
    public IEnumerable<string> Ids => entries.Select(entry => entry.Id);

    /// <inheritdoc />
    public int Count => entries.Length;

    /// <inheritdoc />
    public T this[int index] => entries[index];

    /// <summary>The entry with this id (or name); throws <see cref="CatalogLookupException"/> with suggestions on a miss.</summary>
    public T Find(string id) =>
        TryFind(id, out var entry)
            ? entry
            : throw new CatalogLookupException(Kind, id, IdSuggestions.Closest(id, Ids), ListHint);

    /// <summary>Looks an entry up by id or name, ignoring case, underscores, spaces and separators.</summary>
    public bool TryFind(string id, [MaybeNullWhen(false)] out T entry) =>
        (id is not null && byExactId.TryGetValue(id, out entry)) || FindNormalised(id!, out entry);

    private bool FindNormalised(string id, [MaybeNullWhen(false)] out T entry)
    {
        entry = default;
        return !string.IsNullOrWhiteSpace(id)
            && (byKey.TryGetValue(CatalogIds.Normalize(id), out entry) || byKey.TryGetValue(CatalogIds.Compact(id), out entry));
    }

    /// <summary>The same section with every entry passed through <paramref name="change"/> (ids must not change).</summary>
    internal CatalogSection<T> With(Func<T, T> change) => new(entries.Select(change), Kind, FileName, ListHint);

    /// <summary>True when <see cref="TryFind"/> would find the id.</summary>
    public bool Contains(string id) => TryFind(id, out _);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static Dictionary<string, T> BuildIndex(T[] entries)
    {
        // Ids win over names, and names over separator-free spellings; a spelling two entries share is dropped
        // rather than resolved to whichever came first.
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var keyOf in new Func<T, string>[]
                 {
                     e => CatalogIds.Normalize(e.Id), e => CatalogIds.Normalize(e.Name),
                     e => CatalogIds.Compact(e.Id), e => CatalogIds.Compact(e.Name),
                 })
        {
            var claimed = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var key = keyOf(entry);
                if (key.Length == 0 || index.ContainsKey(key) || ambiguous.Contains(key))
                {
                    continue;
                }

                if (claimed.TryGetValue(key, out var other) && !ReferenceEquals(other, entry))
                {
                    ambiguous.Add(key);
                    claimed.Remove(key);
                }
                else
                {
                    claimed[key] = entry;
                }
            }

            foreach (var (key, entry) in claimed)
            {
                index[key] = entry;
            }
        }

        return index;
    }
}
