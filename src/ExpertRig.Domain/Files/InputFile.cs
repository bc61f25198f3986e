using System.Buffers;
using System.Text.Unicode;

namespace ExpertRig.Domain.Files;

/// <summary>
/// The one way ExpertRig opens a file the user named (profile, build file, template, price file, model file): the
/// path is examined before it is opened, so a FIFO, device, socket, directory or symbolic-link loop is refused
/// instead of blocking or reading forever; at most the kind's cap is read; text must be UTF-8 without NUL bytes.
/// Every failure is one <see cref="FileAccessException"/> line naming the path.
/// </summary>
public static class InputFile
{
    /// <summary>Refuses <paramref name="path"/> unless it names an existing regular file (links followed); returns it.</summary>
    public static FileEntry RequireRegular(string path, InputKind kind)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(kind);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new FileAccessException("(no path)", $"no {kind.Description} path was given");
        }

        if (path.Contains('\0', StringComparison.Ordinal))
        {
            throw new FileAccessException(path, "the path contains a NUL character");
        }

        var entry = FileEntry.Of(path, followLinks: true);
        return entry.Type switch
        {
            FileType.Regular => entry,
            FileType.Missing => throw new FileAccessException(path, Missing(path)),
            FileType.Directory => throw new FileAccessException(path, $"is a directory; give the path of a {kind.Description}"),
            _ => throw new FileAccessException(path, $"is {entry.Describe()}, not a regular file; a {kind.Description} must be an ordinary file"),
        };
    }

    /// <summary>All bytes of the file, at most <see cref="InputKind.MaxBytes"/>.</summary>
    public static byte[] ReadBytes(string path, InputKind kind)
    {
        var entry = RequireRegular(path, kind);
        if (entry.Size > kind.MaxBytes)
        {
            throw TooLarge(path, kind, entry.Size);
        }

        using var stream = OpenChecked(path, kind);
        var buffer = new byte[Math.Min(entry.Size, kind.MaxBytes) + 1];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (buffer.Length > kind.MaxBytes)
                {
                    throw TooLarge(path, kind, total);
                }

                Array.Resize(ref buffer, (int)Math.Min(kind.MaxBytes + 1, Math.Max(buffer.Length * 2L, 4096)));
            }

            var read = Guarded(path, () => stream.Read(buffer, total, buffer.Length - total));
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return buffer[..total];
    }

    /// <summary>The file as UTF-8 text (a byte-order mark dropped, line endings kept); NUL bytes and UTF-16 refused.</summary>
    public static string ReadText(string path, InputKind kind) => Decode(ReadBytes(path, kind), path, kind);

    /// <summary>
    /// The file opened for reading binary data (a GGUF header): a stream that refuses to read past the kind's cap.
    /// The file itself may be larger.
    /// </summary>
    public static Stream OpenBinary(string path, InputKind kind)
    {
        RequireRegular(path, kind);
        return new CappedStream(OpenChecked(path, kind), path, kind);
    }

    /// <summary>Decodes UTF-8 text of a <paramref name="kind"/> file, refusing UTF-16, NUL bytes and invalid UTF-8.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string path, InputKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new FileAccessException(path, "the file is UTF-16 text; save it as UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new FileAccessException(path, $"{Position(bytes, nul)}: the file contains NUL bytes; it looks like a binary file, not a {kind.Description}");
        }

        var chars = new char[bytes.Length];
        if (Utf8.ToUtf16(bytes, chars, out var bytesRead, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            throw new FileAccessException(path, $"{Position(bytes, bytesRead)}: the file is not valid UTF-8 text; it looks like a binary file, not a {kind.Description}");
        }

        return new string(chars, 0, written);
    }

    private static FileStream OpenChecked(string path, InputKind kind)
    {
        var stream = Guarded(path, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1));

        // The path was examined before opening; the open file is examined again, so a file swapped for a pipe or
        // device in between is still refused (reading stops at the cap either way).
        if (!NativeFiles.IsRegular(stream.SafeFileHandle))
        {
            stream.Dispose();
            throw new FileAccessException(path, $"is not a regular file; a {kind.Description} must be an ordinary file");
        }

        return stream;
    }

    private static T Guarded<T>(string path, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (UnauthorizedAccessException)
        {
            throw new FileAccessException(path, "permission denied: the file cannot be read");
        }
        catch (FileNotFoundException)
        {
            throw new FileAccessException(path, "no such file");
        }
        catch (DirectoryNotFoundException)
        {
            throw new FileAccessException(path, "no such file: its folder does not exist");
        }
        catch (Exception error) when (error is IOException or ArgumentException or NotSupportedException)
        {
            throw new FileAccessException(path, $"the file cannot be read: {error.Message}");
        }
    }

    private static string Missing(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (new FileInfo(path).LinkTarget is not null)
        {
            return "a symbolic link to a file that does not exist";
        }

        return folder is not null && !Directory.Exists(folder) ? $"no such file: the folder '{MessageText.Path(folder)}' does not exist" : "no such file";
    }

    private static FileAccessException TooLarge(string path, InputKind kind, long size) =>
        new(path, $"the file is {(size >= 2 * 1024 * 1024 ? $"{size / (1024 * 1024)} MB" : $"{size} bytes")}; a {kind.Description} may be at most {kind.MaxSize} ({kind.Typical})");

    private static string Position(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        return $"line {before.Count((byte)'\n') + 1}, column {offset - before.LastIndexOf((byte)'\n')}";
    }

    /// <summary>A read-only view of a file that fails, rather than reading on, past the kind's cap.</summary>
    private sealed class CappedStream(FileStream inner, string path, InputKind kind) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => inner.Position = value;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (inner.Position >= kind.MaxBytes && count > 0)
            {
                throw new FileAccessException(path, $"ExpertRig reads at most {kind.MaxSize} of a {kind.Description} ({kind.Typical}); this one needs more");
            }

            return inner.Read(buffer, offset, (int)Math.Min(count, kind.MaxBytes - inner.Position));
        }

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
