using System.Text;

namespace ExpertRig.Domain.Catalog.Import;

/// <summary>
/// Reads a small text file with a size cap, so a wrong path (a weights file, a device) fails fast instead of filling
/// memory. A local stand-in for the shared guarded input reader.
/// </summary>
internal static class BoundedText
{
    public static string Read(string path, Stream stream, long maxBytes)
    {
        if (stream.CanSeek && stream.Length > maxBytes)
        {
            throw new ModelFileException(path, $"is {stream.Length:N0} bytes; a config.json is at most {maxBytes:N0} bytes (is this the weights file?)");
        }

        var buffer = new byte[maxBytes + 1];
        var total = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (total > maxBytes)
        {
            throw new ModelFileException(path, $"is larger than {maxBytes:N0} bytes; a config.json is smaller");
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, total);
        }
        catch (DecoderFallbackException error)
        {
            throw new ModelFileException(path, "is neither a GGUF file nor UTF-8 JSON (a Hugging Face config.json)", error);
        }
    }
}
