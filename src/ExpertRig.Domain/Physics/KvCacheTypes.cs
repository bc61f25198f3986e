namespace ExpertRig.Domain.Physics;

/// <summary>The ids profiles, the CLI and constants.yaml use for <see cref="KvCacheType"/> (llama.cpp's cache type names).</summary>
public static class KvCacheTypes
{
    private static readonly IReadOnlyDictionary<KvCacheType, string> Ids = new Dictionary<KvCacheType, string>
    {
        [KvCacheType.F16] = "f16",
        [KvCacheType.Q8_0] = "q8_0",
        [KvCacheType.Q4_0] = "q4_0",
    };

    /// <summary>Every id, in enum order.</summary>
    public static IReadOnlyList<string> All { get; } = Ids.Values.ToList();

    /// <summary>The id of a cache type.</summary>
    public static string ToId(KvCacheType type) => Ids[type];

    /// <summary>Parses an id (case-insensitive); false for anything not in <see cref="All"/>.</summary>
    public static bool TryParse(string? id, out KvCacheType type)
    {
        foreach (var (value, text) in Ids)
        {
            if (string.Equals(text, id?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                type = value;
                return true;
            }
        }

        type = default;
        return false;
    }
}
