using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Tests.Profiles;

/// <summary>
/// The model and quantization ids the examples may use, with maximum contexts from each model's config.json
/// (the reference models.csv; Llama 2's 4096 from meta-llama/Llama-2-7b-hf), standing in for the catalog.
/// </summary>
internal sealed class FakeProfileVocabulary : IProfileVocabulary
{
    private static readonly Dictionary<string, int> MaxContexts = new(StringComparer.Ordinal)
    {
        ["llama-2-7b"] = 4096,
        ["llama-3-8b"] = 8192,
        ["llama-3-70b"] = 8192,
        ["llama-3.1-405b"] = 131072,
        ["qwen-2.5-7b"] = 131072,
        ["qwen-2.5-14b"] = 131072,
        ["qwen-2.5-32b"] = 131072,
        ["qwen-2.5-72b"] = 131072,
        ["qwen-2.5-coder-7b"] = 131072,
        ["deepseek-r1-32b"] = 131072,
        ["deepseek-r1-70b"] = 131072,
        ["deepseek-r1-671b"] = 163840,
        ["mistral-7b"] = 32768,
        ["mixtral-8x7b"] = 32768,
    };

    /// <summary>The shared instance; it holds no state.</summary>
    public static FakeProfileVocabulary Instance { get; } = new();

    public IReadOnlyCollection<string> ModelIds { get; } = MaxContexts.Keys.ToArray();

    public IReadOnlyCollection<string> QuantIds { get; } =
    [
        "Q2_K", "Q3_K_S", "Q3_K_M", "Q3_K_L", "IQ4_XS", "Q4_0", "Q4_K_S", "Q4_K_M",
        "Q5_K_S", "Q5_K_M", "Q6_K", "Q8_0", "F16", "BF16",
    ];

    public int? MaxContext(string modelId) => MaxContexts.TryGetValue(modelId, out var max) ? max : null;
}
