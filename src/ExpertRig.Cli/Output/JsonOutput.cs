using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ExpertRig.Cli.Output;

/// <summary>The one JSON style of every command: indented, snake_case, enums as snake_case strings, LF endings.</summary>
public static class JsonOutput
{
    /// <summary>The serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        NewLine = "\n",
    };

    /// <summary>Serialises a value in the house style.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
