using System.Reflection;
using System.Text.RegularExpressions;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// Reads rules/catalog/archetypes.yaml: unknown keys, wrong types, missing keys, unknown catalog ids and parts that
/// do not fit each other are <see cref="CatalogException"/>s with one line naming the file, line, entry and what is
/// allowed.
/// </summary>
public static partial class ArchetypeLoader
{
    /// <summary>The file name, beside the other catalog files.</summary>
    public const string FileName = "archetypes.yaml";

    private static readonly Lazy<IReadOnlyList<Archetype>> Default =
        new(() => PrecompiledData.Installed?.Archetypes() ?? Load(DefaultPath, CatalogLoader.LoadDefault()));

    /// <summary>The types an archetypes file holds.</summary>
    internal static readonly YamlTypes Types = new YamlTypes().Object<ArchetypeEntry>().List<ArchetypeEntry>().List<string>();

    private static readonly Lazy<IDeserializer> Deserializer = new(() => Types.Deserializer(builder => builder
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithDuplicateKeyChecking(),
        duplicateKeys: true));

    /// <summary>The keys an entry may have, as written in the file.</summary>
    public static IReadOnlyList<string> Keys { get; } = typeof(ArchetypeEntry)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Select(property => UnderscoredNamingConvention.Instance.Apply(property.Name))
        .ToArray();

    /// <summary>archetypes.yaml in the <c>catalog</c> folder beside the running program.</summary>
    public static string DefaultPath => Path.Combine(CatalogLoader.DefaultDirectory, FileName);

    /// <summary>The shipped archetypes, checked against the default catalog, loaded once per process.</summary>
    public static IReadOnlyList<Archetype> LoadDefault() => Default.Value;

    /// <summary>Reads and validates an archetypes file against <paramref name="catalog"/>.</summary>
    /// <exception cref="CatalogException">The file is missing, malformed or names parts that do not exist or fit.</exception>
    public static IReadOnlyList<Archetype> Load(string path, Catalog.Catalog catalog)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CatalogException(FileName, null, null, null, $"not found at {path}");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new CatalogException(FileName, null, null, null, $"cannot be read: {error.Message}");
        }

        return Parse(text, Path.GetFileName(path), catalog);
    }

    /// <summary>Parses and validates archetypes from YAML text; <paramref name="fileName"/> names it in errors.</summary>
    /// <exception cref="CatalogException">The text is malformed or names parts that do not exist or fit.</exception>
    public static IReadOnlyList<Archetype> Parse(string yaml, string fileName, Catalog.Catalog catalog)
    {
        var map = ArchetypeFileMap.Of(yaml);
        List<ArchetypeEntry?>? entries;
        try
        {
            entries = Deserializer.Value.Deserialize<List<ArchetypeEntry?>?>(yaml);
        }
        catch (YamlException error)
        {
            throw Translate(fileName, map, error);
        }

        if (entries is null || entries.Count == 0)
        {
            throw new CatalogException(fileName, null, null, null, "has no entries (expected a YAML list of archetypes, each starting with '- id:')");
        }

        var validator = new ArchetypeValidator(fileName, catalog);
        var archetypes = new List<Archetype>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var location = i < map.Entries.Count ? map.Entries[i] : null;
            archetypes.Add(validator.Validate(entries[i], location));
        }

        return archetypes;
    }

    private static CatalogException Translate(string fileName, ArchetypeFileMap map, YamlException error)
    {
        var line = (int)error.Start.Line;
        var column = (int)error.Start.Column;
        var entryId = map.At(line)?.Id;
        string detail;
        if (UnknownProperty().Match(error.Message) is { Success: true } unknown)
        {
            var key = unknown.Groups["key"].Value;
            var closest = IdSuggestions.Closest(key, Keys, max: 1);
            var hint = closest.Count > 0 ? $"; did you mean '{closest[0]}'?" : string.Empty;
            detail = $"unknown key '{key}'{hint} (allowed: {string.Join(", ", Keys)})";
        }
        else if (DuplicateKey().Match(error.Message) is { Success: true } duplicate)
        {
            detail = $"key '{duplicate.Groups["key"].Value}' appears twice";
        }
        else if (error.InnerException is FormatException or OverflowException or InvalidCastException || ShapeMismatch().IsMatch(error.Message))
        {
            var key = KeyAt(map, line);
            detail = key is "systems" or "storage" or "psus" or "os"
                ? $"{key}: has the wrong shape: expected a list such as [a, b]"
                : $"{(key is null ? string.Empty : key + ": ")}wrong type ({OneLine(error.InnerException?.Message ?? error.Message)}); "
                  + "gpu_count and nvlink_pairs are whole numbers, used_gpus is true or false, lists are written [a, b]";
        }
        else
        {
            detail = $"invalid YAML: {OneLine(LocationPrefix().Replace(error.Message, string.Empty))}";
        }

        return new CatalogException(fileName, entryId, line > 0 ? line : null, column > 0 ? column : null, detail);
    }

    [GeneratedRegex(@"^(No node deserializer was able|Expected '\w+', got '\w+')", RegexOptions.CultureInvariant)]
    private static partial Regex ShapeMismatch();

    private static string? KeyAt(ArchetypeFileMap map, int line) =>
        map.At(line) is { } entry ? ArchetypeLoader.Keys.FirstOrDefault(key => entry.PositionOf(key).Line == line) : null;

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    [GeneratedRegex(@"Property '(?<key>[^']+)' not found on type", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownProperty();

    [GeneratedRegex(@"Encountered duplicate key (?<key>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex DuplicateKey();

    [GeneratedRegex(@"\s*\(Line: \d+, Col: \d+, Idx: \d+\)(\s*-\s*\(Line: \d+, Col: \d+, Idx: \d+\))?:?", RegexOptions.CultureInvariant)]
    private static partial Regex LocationPrefix();
}
