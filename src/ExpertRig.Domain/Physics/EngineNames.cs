namespace ExpertRig.Domain.Physics;

/// <summary>Display names and ids of <see cref="InferenceEngine"/> values, as the CLI spells them.</summary>
public static class EngineNames
{
    /// <summary>The engine's CLI id: llama.cpp, ollama, vllm, exllamav2 or mlx.</summary>
    public static string Display(InferenceEngine engine) => engine switch
    {
        InferenceEngine.LlamaCpp => "llama.cpp",
        InferenceEngine.Ollama => "ollama",
        InferenceEngine.Vllm => "vllm",
        InferenceEngine.ExLlamaV2 => "exllamav2",
        InferenceEngine.Mlx => "mlx",
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unknown engine."),
    };

    /// <summary>Parses a CLI id (case-insensitive); returns false for anything else.</summary>
    public static bool TryParse(string? text, out InferenceEngine engine)
    {
        foreach (var candidate in Enum.GetValues<InferenceEngine>())
        {
            if (string.Equals(Display(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                engine = candidate;
                return true;
            }
        }

        engine = default;
        return false;
    }
}
