using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ExpertRig.Cli.Output;

/// <summary>
/// The one JSON style of every command: indented, snake_case, enums as kebab-case strings, LF endings. The metadata
/// comes from the source-generated <see cref="JsonContext"/> (no reflection, so the Native AOT binary writes the same
/// bytes as the portable one); enums are written by one generic converter per enum type (<see cref="JsonEnums"/>).
/// </summary>
public static class JsonOutput
{
    /// <summary>The serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = Create(JsonContext.Default);

    /// <summary>The house style over <paramref name="resolver"/>, with <paramref name="converters"/> before the enum converters.</summary>
    internal static JsonSerializerOptions Create(IJsonTypeInfoResolver resolver, params JsonConverter[] converters)
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
            TypeInfoResolver = resolver,
        };
        foreach (var converter in converters.Concat(JsonEnums.Converters))
        {
            options.Converters.Add(converter);
        }

        options.MakeReadOnly();
        return options;
    }

    /// <summary>Serialises a value in the house style; <typeparamref name="T"/> must be one of <see cref="JsonContext"/>'s types.</summary>
    public static string Serialize<T>(T value) => Serialize(value, Options);

    /// <summary>Serialises a value with <paramref name="options"/> (the house style with other converters).</summary>
    internal static string Serialize<T>(T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
}
