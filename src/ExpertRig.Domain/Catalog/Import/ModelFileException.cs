namespace ExpertRig.Domain.Catalog.Import;

/// <summary>
/// A model file (config.json or GGUF) that cannot be read: one line naming the file and what is wrong (text taken
/// from the file, such as a tensor name, is escaped), exit 2.
/// </summary>
public sealed class ModelFileException(string path, string detail, Exception? inner = null)
    : UserInputException($"{MessageText.Path(System.IO.Path.GetFileName(path))}: {MessageText.Line(detail)}", inner)
{
    /// <summary>The file that was read.</summary>
    public string FilePath { get; } = path;
}
