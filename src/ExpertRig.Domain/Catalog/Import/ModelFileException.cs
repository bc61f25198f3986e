namespace ExpertRig.Domain.Catalog.Import;

/// <summary>A model file (config.json or GGUF) that cannot be read: the message names the file and what is missing.</summary>
public sealed class ModelFileException(string path, string detail, Exception? inner = null)
    : Exception($"{Path.GetFileName(path)}: {detail}", inner)
{
    /// <summary>The file that was read.</summary>
    public string FilePath { get; } = path;
}
