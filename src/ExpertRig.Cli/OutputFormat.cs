namespace ExpertRig.Cli;

/// <summary>How a command prints its result.</summary>
public enum OutputFormat
{
    /// <summary>Readable text (tables).</summary>
    Text,

    /// <summary>Indented JSON with snake_case names.</summary>
    Json,

    /// <summary>Markdown (the report).</summary>
    Markdown,
}
