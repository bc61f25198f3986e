using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ExpertRig.Domain.Yaml;

/// <summary>
/// Loads one YAML document through <see cref="GuardedYamlParser"/>: depth, alias and key guards while parsing;
/// duplicate keys, a second document ('---') and parser failures as one-line errors of the file's own kind.
/// </summary>
public static class GuardedYaml
{
    /// <summary>The root node of the single document in <paramref name="text"/>, or null for an empty file.</summary>
    public static YamlNode? LoadSingleDocument(string text, YamlLimits limits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(limits);
        var stream = new YamlStream();
        var parser = new GuardedYamlParser(new StringReader(text), limits);
        try
        {
            stream.Load(parser);
        }
        catch (YamlException error)
        {
            // Raised by the representation model itself (duplicate keys, unknown aliases), not by the parser.
            throw limits.Error(error.Start, Reword(error));
        }
        catch (Exception error) when (error is not (UserInputException or OutOfMemoryException))
        {
            // The representation model reports some event sequences it cannot build as ArgumentException or
            // InvalidOperationException; the promise is a one-line error, so they are located and reworded.
            throw limits.Error(parser.Position, "malformed YAML: the structure here cannot be read");
        }

        if (stream.Documents.Count > 1)
        {
            throw limits.Error(stream.Documents[1].RootNode.Start, $"the file holds more than one YAML document ('---'); a {limits.What} is one document");
        }

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    /// <summary>A YamlDotNet error in ExpertRig's words: duplicate keys named, the rest as "malformed YAML: …".</summary>
    public static string Reword(YamlException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        const string duplicatePrefix = "Duplicate key ";
        return error.Message.StartsWith(duplicatePrefix, StringComparison.Ordinal)
            ? $"the key '{MessageText.Escape(error.Message[duplicatePrefix.Length..], 40)}' appears twice in the same mapping; keep one"
            : $"malformed YAML: {LowerFirst(error.Message.Trim())}";
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1])
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;
}
