namespace ExpertRig.Domain.Catalog.Import;

/// <summary>Typed access to a GGUF file's metadata; a missing key names the file and the key.</summary>
internal sealed class GgufMetadata(string path, IReadOnlyDictionary<string, object> values)
{
    public string Path => path;

    public string Architecture =>
        values.TryGetValue("general.architecture", out var value) && value is string text
            ? text
            : throw new ModelFileException(path, "has no general.architecture in its GGUF metadata");

    public string? Text(string key) => values.TryGetValue(key, out var value) ? value as string : null;

    public long Int(string key) =>
        OptionalInt(key) ?? throw new ModelFileException(path, $"is missing {key} in its GGUF metadata");

    /// <summary>A whole number, or the largest element of a per-layer array (head_count_kv of some models).</summary>
    public long? OptionalInt(string key) => values.TryGetValue(key, out var value)
        ? value switch
        {
            long number => number,
            double real when real == Math.Floor(real) => (long)real,
            GgufArray { Count: > 0, HoldsWholeNumbers: true } array => array.Numbers()!.Max(),
            _ => throw new ModelFileException(path, $"{key} in its GGUF metadata is not a whole number"),
        }
        : null;

    public IReadOnlyList<long>? Ints(string key) =>
        values.TryGetValue(key, out var value) && value is GgufArray array ? array.Numbers() : null;

    public int? ArrayLength(string key) => values.TryGetValue(key, out var value) && value is GgufArray array ? (int)array.Count : null;
}
