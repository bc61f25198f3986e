using System.Text.Json;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Catalog.Import;

/// <summary>
/// Reads a Hugging Face <c>config.json</c> into a catalog-shaped model: layers, heads, layer kinds (from
/// <c>layer_types</c>, or the architecture's fixed pattern when the file has none), experts and the native weight
/// format. Parameters are counted from the shapes (<see cref="ParameterCount"/>).
/// </summary>
public static class HfConfigReader
{
    /// <summary>A config.json is a few kilobytes; larger files are not one (the guarded reader's cap).</summary>
    public static long MaxBytes => Files.InputKind.ModelConfig.MaxBytes;

    /// <summary>The config.json model_type values this reader understands.</summary>
    public static IReadOnlyList<string> Architectures { get; } =
    [
        "llama", "mistral", "mixtral", "qwen2", "qwen3", "qwen3_moe", "qwen3_next", "gemma2", "gemma3", "gemma3_text",
        "qwen3_5_moe", "qwen3_5_moe_text", "gpt_oss", "deepseek_v3", "deepseek_v32", "kimi_k2", "glm4_moe", "llama4", "llama4_text", "phi3", "mistral3",
    ];

    /// <summary>Parses <paramref name="json"/>, read from <paramref name="path"/> (named in errors).</summary>
    /// <exception cref="ModelFileException">Not JSON, an unknown architecture or a missing field.</exception>
    public static ImportedModel Read(string path, string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException error)
        {
            throw new ModelFileException(path, $"is neither a GGUF file nor valid JSON (line {error.LineNumber + 1}: {FirstSentence(error.Message)})", error);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ModelFileException(path, "is JSON but not a config.json object");
            }

            var root = new ConfigFields(path, document.RootElement);
            var modelType = root.OptionalString("model_type")
                ?? throw new ModelFileException(path, $"has no model_type; expected a Hugging Face config.json of one of: {string.Join(", ", Architectures)}");
            if (!Architectures.Contains(modelType))
            {
                throw new ModelFileException(path, $"model_type '{modelType}' is not supported; supported: {string.Join(", ", Architectures)}");
            }

            // Multimodal configs (gemma3, llama4, mistral3) keep the language model under text_config.
            var text = root.Object("text_config") is { } inner ? new ConfigFields(path, inner) : root;
            var shape = ConfigShape.Read(modelType, text, root);
            return new ImportedModel(shape.ToModel(path, root));
        }
    }

    private static string FirstSentence(string message) =>
        message.Split(". ", 2)[0].TrimEnd('.');
}
