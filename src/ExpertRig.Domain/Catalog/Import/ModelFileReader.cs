using ExpertRig.Domain.Files;

namespace ExpertRig.Domain.Catalog.Import;

/// <summary>
/// Reads a model described by a file instead of a catalog id: a Hugging Face <c>config.json</c> or a local
/// <c>.gguf</c> (header and tensor table only). Picks the reader by the file's first bytes, not its name. The file is
/// opened through <see cref="InputFile"/>, so a FIFO, device or directory is refused before it is opened and at
/// most the kind's cap is read.
/// </summary>
public static class ModelFileReader
{
    /// <summary>Reads <paramref name="path"/> as a model.</summary>
    /// <exception cref="ModelFileException">The file is missing, not a regular file, too large, malformed or of an unknown architecture.</exception>
    public static ImportedModel Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new ModelFileException(path, "is a directory; give the config.json or .gguf file inside it");
        }

        using (var stream = Guarded(path, () => InputFile.OpenBinary(path, InputKind.GgufModel)))
        {
            var magic = new byte[4];
            var read = Guarded(path, () => stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false));
            if (read == 4 && GgufReader.IsGguf(magic))
            {
                stream.Position = 0;
                return GgufReader.Read(path, stream);
            }
        }

        return ReadConfig(path, Guarded(path, () => InputFile.ReadBytes(path, InputKind.ModelConfig)));
    }

    /// <summary>Reads the bytes of a file that is not GGUF as a Hugging Face config.json (UTF-8 JSON).</summary>
    internal static ImportedModel ReadConfig(string path, ReadOnlySpan<byte> bytes)
    {
        string text;
        try
        {
            text = InputFile.Decode(bytes, path, InputKind.ModelConfig);
        }
        catch (FileAccessException error)
        {
            throw new ModelFileException(path, $"is neither a GGUF file nor UTF-8 JSON (a Hugging Face config.json): {error.Problem}", error);
        }

        return HfConfigReader.Read(path, text);
    }

    /// <summary>Runs a guarded-reader call, giving its refusal as this reader's one-line error about the file.</summary>
    internal static T Guarded<T>(string path, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (FileAccessException error)
        {
            throw new ModelFileException(path, error.Problem, error);
        }
    }
}
