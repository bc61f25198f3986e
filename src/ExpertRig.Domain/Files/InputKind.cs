namespace ExpertRig.Domain.Files;

/// <summary>
/// A kind of file the user hands ExpertRig, with the most it reads of one. Every cap is far above a real file of the
/// kind and far below what would stall the program: a bigger file is a wrong path, not a bigger input.
/// </summary>
/// <param name="Description">What the file is, for messages ("build file", "report template").</param>
/// <param name="MaxBytes">The most bytes read; a larger file is refused before it is read.</param>
/// <param name="Typical">What a real file of the kind is like, for the too-large message.</param>
public sealed record InputKind(string Description, long MaxBytes, string Typical)
{
    private const long KiB = 1024;
    private const long MiB = 1024 * KiB;

    /// <summary>A profile (YAML): 1 MiB; a real one is under 2 KB.</summary>
    public static InputKind Profile { get; } = new("profile", MiB, "a real one is under 2 KB");

    /// <summary>A build file for <c>check --build</c> (YAML): 256 KiB; a real one is a few hundred bytes.</summary>
    public static InputKind Build { get; } = new("build file", 256 * KiB, "a real one is a few lines");

    /// <summary>A Scriban report template or one of its includes: 1 MiB; the shipped ones are under 20 KB.</summary>
    public static InputKind Template { get; } = new("report template", MiB, "the shipped ones are a few KB");

    /// <summary>A price file (YAML): 4 MiB; one line per catalog entry is some tens of KB.</summary>
    public static InputKind Prices { get; } = new("price file", 4 * MiB, "one line per catalog entry is some tens of KB");

    /// <summary>A model's Hugging Face <c>config.json</c>: 4 MiB; real ones are a few KB.</summary>
    public static InputKind ModelConfig { get; } = new("model config.json", 4 * MiB, "real ones are a few KB; is this the weights file?");

    /// <summary>
    /// A GGUF model file, of which only the header and metadata are read: the file itself may be any size, but at
    /// most 256 MiB of it is read (the metadata, vocabulary included, is tens of MB at most).
    /// </summary>
    public static InputKind GgufModel { get; } = new("GGUF model file", 256 * MiB, "its metadata is tens of MB at most");

    /// <summary>The cap in words: "256 KB", "4 MB".</summary>
    public string MaxSize => MaxBytes >= MiB ? $"{MaxBytes / MiB} MB" : $"{MaxBytes / KiB} KB";
}
