using System.Text.Json;

namespace ExpertRig.Domain.Catalog.Import;

/// <summary>Typed access to one JSON object of a config.json; a missing required field names the file and key.</summary>
internal sealed class ConfigFields(string path, JsonElement element)
{
    public string Path => path;

    public JsonElement? Object(string key) =>
        element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    public string? OptionalString(string key) =>
        element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public int Int(string key) =>
        OptionalInt(key) ?? throw new ModelFileException(path, $"is missing {key} (a whole number)");

    public int? OptionalInt(string key)
    {
        if (!element.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number)
            && number == Math.Floor(number) && number >= 0 && number <= int.MaxValue)
        {
            return (int)number;
        }

        throw new ModelFileException(path, $"{key} must be a whole number of at least 0 (got {MessageText.Value(value.GetRawText())})");
    }

    public bool Bool(string key, bool fallback) =>
        element.TryGetProperty(key, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : fallback;

    public IReadOnlyList<string>? Strings(string key)
    {
        if (!element.TryGetProperty(key, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return [.. value.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText())];
    }

    public IReadOnlyList<int>? Ints(string key)
    {
        if (!element.TryGetProperty(key, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return [.. value.EnumerateArray().Select(item => item.TryGetInt32(out var n) ? n : throw new ModelFileException(path, $"{key} must list whole numbers"))];
    }
}
