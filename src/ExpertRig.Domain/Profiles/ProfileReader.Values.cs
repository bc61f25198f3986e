using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ExpertRig.Domain.Profiles;

/// <summary>The parts of <see cref="ProfileReader"/> that read scalar values: numbers, flags, words and nulls.</summary>
internal sealed partial class ProfileReader
{
    // A key written with no value ("quant:") means the same as leaving it out.
    private static YamlNode? Optional(Dictionary<string, YamlNode> entries, string key) =>
        entries.TryGetValue(key, out var value) && !IsNull(value) ? value : null;

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private double Number(string label, YamlNode node, string expected, double min, bool minInclusive, double max)
    {
        var text = Text(label, node, expected).Trim();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            var advice = text.Contains(',') ? " (write it without thousands separators)"
                : text.StartsWith('$') ? " (write it without the $ sign)"
                : string.Empty;
            throw Error(node, $"{label}: expected {expected}, got {DisplayText.Quote(text)}{advice}");
        }

        if (value < min || (!minInclusive && value == min) || value > max)
        {
            var lower = minInclusive ? $"at least {Show(min)}" : $"above {Show(min)}";
            throw Error(node, $"{label} must be {lower} and at most {Show(max)}, got {Show(value)}");
        }

        return value;
    }

    private int WholeNumber(string label, YamlNode node, string expected, int min, int max)
    {
        var value = Number(label, node, expected, double.MinValue, minInclusive: true, double.MaxValue);
        RequireWhole(label, node, value);
        if (value < min || value > max)
        {
            throw Error(node, $"{label} must be at least {min} and at most {max}, got {Show(value)}");
        }

        return (int)value;
    }

    private void RequireWhole(string label, YamlNode node, double value)
    {
        if (value != Math.Floor(value))
        {
            throw Error(node, $"{label}: expected a whole number, got {Show(value)}");
        }
    }

    private bool Flag(string label, YamlNode node)
    {
        var text = Text(label, node, "true or false").Trim();
        return text.ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            _ => throw Error(node, $"{label}: expected true or false, got {DisplayText.Quote(text)}"),
        };
    }

    private T Choice<T>(string label, YamlNode node, IReadOnlyList<KeyValuePair<string, T>> table)
    {
        var allowed = table.Select(pair => pair.Key).ToArray();
        var text = Text(label, node, $"one of {string.Join(", ", allowed)}").Trim();

        // Case and the separator are not worth an error: 15A/120V and Air_Gapped mean what they say.
        var typed = text.ToLowerInvariant().Replace('_', '-').Replace('/', '-').Replace(' ', '-');
        foreach (var (token, value) in table)
        {
            if (token == typed)
            {
                return value;
            }
        }

        throw Error(node, $"{label}: unknown value {DisplayText.Quote(text)} (allowed: {string.Join(", ", allowed)}){ClosestMatches.Hint(text, allowed)}");
    }

    private string Text(string label, YamlNode node, string expected) => node is YamlScalarNode scalar
        ? scalar.Value ?? string.Empty
        : throw Error(node, $"{label}: expected {expected}, got {Describe(node)}");

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode scalar => DisplayText.Quote(scalar.Value ?? string.Empty),
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping of keys",
        _ => "something else",
    };

    private static string Show(double value) =>
        value.ToString(Math.Abs(value) < 1e15 ? "0.####" : "G6", CultureInfo.InvariantCulture);

    private ProfileException Error(YamlNode node, string problem) => YamlErrors.At(sourceName, node.Start, problem);
}
