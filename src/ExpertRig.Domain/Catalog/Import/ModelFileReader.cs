namespace ExpertRig.Domain.Catalog.Import;

/// <summary>
/// Reads a model described by a file instead of a catalog id: a Hugging Face <c>config.json</c> or a local
/// <c>.gguf</c> (header and tensor table only). Picks the reader by the file's first bytes, not its name.
/// </summary>
public static class ModelFileReader
{
    /// <summary>Reads <paramref name="path"/> as a model.</summary>
    /// <exception cref="ModelFileException">The file is missing, too large, malformed or of an unknown architecture.</exception>
    public static ImportedModel Read(string path)
    {
        if (Directory.Exists(path))
        {
            throw new ModelFileException(path, "is a directory; give the config.json or .gguf file inside it");
        }

        if (!File.Exists(path))
        {
            throw new ModelFileException(path, "not found");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var magic = new byte[4];
            var read = stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
            stream.Position = 0;
            return read == 4 && GgufReader.IsGguf(magic)
                ? GgufReader.Read(path, stream)
                : HfConfigReader.Read(path, BoundedText.Read(path, stream, HfConfigReader.MaxBytes));
        }
        catch (IOException error)
        {
            throw new ModelFileException(path, $"cannot be read ({error.Message})", error);
        }
        catch (UnauthorizedAccessException error)
        {
            throw new ModelFileException(path, "cannot be read (permission denied)", error);
        }
    }
}
