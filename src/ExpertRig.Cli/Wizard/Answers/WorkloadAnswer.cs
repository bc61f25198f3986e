namespace ExpertRig.Cli.Wizard.Answers;

/// <summary>One workload as the user is typing it: catalog ids plus the raw text of the number fields.</summary>
public sealed class WorkloadAnswer
{
    private string model = "";

    /// <summary>
    /// Catalog model id, e.g. <c>llama-3-8b</c>, or the id of a model the opened profile read from its config.json.
    /// Choosing another model forgets <see cref="ModelFile"/>.
    /// </summary>
    public required string Model
    {
        get => model;
        set
        {
            if (!string.Equals(model, value, StringComparison.Ordinal))
            {
                ModelFile = null;
            }

            model = value;
        }
    }

    /// <summary>
    /// The config.json the opened profile's <c>model_file:</c> named for this workload (its full path); null for a
    /// catalog model. Set it after <see cref="Model"/>. Saving writes it back as <c>model_file:</c>.
    /// </summary>
    public string? ModelFile { get; set; }

    /// <summary>Quantization name (<c>Q4_K_M</c>), or null for "choose for me".</summary>
    public string? Quant { get; set; }

    /// <summary>Context per request in tokens, as typed.</summary>
    public required string ContextText { get; set; }

    /// <summary>Decode speed each user needs in tokens per second, as typed; blank means any speed.</summary>
    public string SpeedText { get; set; } = "";

    /// <summary>A short line for the list of workloads, e.g. "llama-3-8b auto 8k ≥20/s".</summary>
    public string Summary => $"{Model} {Quant ?? "auto"} {Context}" + (SpeedText.Trim().Length > 0 ? $" ≥{SpeedText.Trim()}/s" : "");

    private string Context => AnswerText.Number(ContextText) is { } tokens && tokens >= 1024 && tokens % 1024 == 0
        ? $"{tokens / 1024}k"
        : ContextText.Trim();
}
