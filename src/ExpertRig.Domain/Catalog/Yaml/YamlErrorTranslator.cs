using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace ExpertRig.Domain.Catalog.Yaml;

/// <summary>Turns YamlDotNet's exceptions into one-line catalog errors naming file, line, entry and the fix.</summary>
internal static partial class YamlErrorTranslator
{
    public static CatalogException Translate(string fileName, string text, EntryTrackingParser parser, YamlException error)
    {
        var own = FindOwn(error);
        var mark = own?.Start ?? error.Start;
        var entry = parser.EntryAt(mark);
        string detail;

        if (own is not null)
        {
            detail = $"{KeyPrefix(entry, mark)}{own.Message}";
        }
        else if (UnknownProperty().Match(error.Message) is { Success: true } unknown)
        {
            detail = DescribeUnknownKey(unknown.Groups["key"].Value, unknown.Groups["type"].Value);
        }
        else if (MissingProperties().Match(error.Message) is { Success: true } missing)
        {
            var keys = missing.Groups["keys"].Value.Replace("'", string.Empty, StringComparison.Ordinal);
            detail = $"missing required key{(keys.Contains(',', StringComparison.Ordinal) ? "s" : string.Empty)}: {keys}";
            mark = entry?.Start ?? mark;
        }
        else if (DuplicateKey().Match(error.Message) is { Success: true } duplicate)
        {
            detail = $"key '{duplicate.Groups["key"].Value}' appears twice";
        }
        else if (error.Message.StartsWith("Strict nullability", StringComparison.Ordinal))
        {
            detail = $"{KeyPrefix(entry, mark)}must have a value";
        }
        else if (error.InnerException is InvalidCastException cast)
        {
            detail = cast.Message.Contains("System.Collections.Generic.List", StringComparison.Ordinal)
                ? $"expected a YAML list of entries, each starting with '- id:'; found '{ValueAt(text, mark)}'"
                : $"{KeyPrefix(entry, mark)}expected a mapping of keys, found '{ValueAt(text, mark)}'";
        }
        else if (error.InnerException is FormatException or OverflowException)
        {
            detail = $"{KeyPrefix(entry, mark)}'{ValueAt(text, mark)}' is not a valid value ({error.InnerException.Message})";
        }
        else if (NoDeserializer().Match(error.Message) is { Success: true } shape)
        {
            detail = $"{KeyPrefix(entry, mark)}has the wrong shape: expected {Friendly(shape.Groups["type"].Value)}";
        }
        else if (ExpectedEvent().Match(error.Message) is { Success: true } expected)
        {
            detail = entry is null && expected.Groups["expected"].Value == "SequenceStart"
                ? "expected a YAML list of entries, each starting with '- id:'"
                : $"expected {Friendly(expected.Groups["expected"].Value)} but found {Friendly(expected.Groups["found"].Value)}";
        }
        else
        {
            detail = $"invalid YAML: {OneLine(StripLocation(error.Message))}";
        }

        return new CatalogException(fileName, entry?.Id, (int)mark.Line, (int)mark.Column, Printable(detail), null, error);
    }

    private static CatalogYamlException? FindOwn(Exception? error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (current is CatalogYamlException own)
            {
                return own;
            }
        }

        return null;
    }

    private static string DescribeUnknownKey(string key, string typeName)
    {
        var allowed = CatalogKeys.FindType(typeName) is { } type ? CatalogKeys.Of(type) : [];
        var closest = IdSuggestions.Closest(key, allowed, max: 1);
        var hint = closest.Count > 0
            ? $"; did you mean '{closest[0]}'?"
            : allowed.Count > 0 ? $"; allowed keys: {string.Join(", ", allowed)}" : string.Empty;
        return $"unknown key '{key}'{hint}";
    }

    private static string KeyPrefix(EntryLocation? entry, Mark mark) => entry?.KeyAt(mark) is { } key ? $"{key}: " : string.Empty;

    /// <summary>The source text of the value at <paramref name="mark"/>, up to the end of its line.</summary>
    private static string ValueAt(string text, Mark mark)
    {
        var start = (int)Math.Clamp(mark.Index, 0, text.Length);
        var end = text.IndexOf('\n', start);
        var raw = text[start..(end < 0 ? text.Length : end)];
        var value = new string(raw.Where(c => !char.IsControl(c)).ToArray()).Trim().TrimEnd(',', ']', '}');
        return value.Length <= 60 ? value : value[..57] + "...";
    }

    private static string Friendly(string typeOrEvent) => typeOrEvent switch
    {
        _ when typeOrEvent.StartsWith("System.Double", StringComparison.Ordinal) => "a number",
        _ when typeOrEvent.StartsWith("System.Int32", StringComparison.Ordinal) => "a whole number",
        _ when typeOrEvent.StartsWith("System.Boolean", StringComparison.Ordinal) => "true or false",
        _ when typeOrEvent.StartsWith("System.String", StringComparison.Ordinal) => "text",
        _ when typeOrEvent.Contains("List", StringComparison.Ordinal) => "a list",
        "SequenceStart" => "a list",
        "MappingStart" => "a mapping of keys",
        "Scalar" => "a single value",
        "MappingEnd" or "SequenceEnd" => "the end of the block",
        _ => "a mapping of keys",
    };

    private static string StripLocation(string message) => LocationSuffix().Replace(message, string.Empty);

    /// <summary>Keeps a message to one printable line whatever bytes the file held.</summary>
    private static string Printable(string text)
    {
        var chars = text.Select(c => char.IsControl(c) ? ' ' : c).ToArray();
        var line = new string(chars).Trim();
        return line.Length <= 300 ? line : line[..297] + "...";
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    [GeneratedRegex(@"^Property '(?<key>[^']*)' not found on type '(?<type>[^']*)'")]
    private static partial Regex UnknownProperty();

    [GeneratedRegex(@"^Missing properties, (?<keys>.*) in source yaml")]
    private static partial Regex MissingProperties();

    [GeneratedRegex(@"^Encountered duplicate key (?<key>.*)$")]
    private static partial Regex DuplicateKey();

    [GeneratedRegex(@"^No node deserializer was able to deserialize the node into type (?<type>[^\s,]+)")]
    private static partial Regex NoDeserializer();

    [GeneratedRegex(@"^Expected '(?<expected>\w+)', got '(?<found>\w+)'")]
    private static partial Regex ExpectedEvent();

    [GeneratedRegex(@"\s*\(Line: \d+, Col: \d+, Idx: \d+\)(\s*-\s*\(Line: \d+, Col: \d+, Idx: \d+\))?:?")]
    private static partial Regex LocationSuffix();
}
