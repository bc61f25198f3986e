using System.Security.Cryptography;
using System.Text;
using ExpertRig.Domain;
using ExpertRig.Domain.Files;

namespace ExpertRig.Cli.Output;

/// <summary>
/// The one way the CLI and the wizard write a file: all at once, into a temporary file beside the target that is
/// then renamed over it, so a reader never sees half a file. The policy (docs/user-guide.md, "Writing files"):
/// <list type="bullet">
/// <item>only a regular file is replaced, or a new one created; a device, FIFO, socket or directory is refused;</item>
/// <item>a symbolic link is written through: its final target is replaced, the link stays;</item>
/// <item>a replaced file keeps its permissions and owner; a read-only file, a file ExpertRig cannot give back to its
/// owner, and a file with several hard links (replacing would split them) are refused;</item>
/// <item>the target may not be any of the command's input files;</item>
/// <item>the temporary file has an unpredictable name, is created exclusively (<c>O_CREAT|O_EXCL</c>, which follows
/// no link) with mode 0600, and is removed on every failure and on SIGINT, SIGTERM, SIGHUP and SIGQUIT;</item>
/// <item>an empty path or a name longer than 255 bytes is a one-line error.</item>
/// </list>
/// Every refusal is a <see cref="CliException"/> (exit 2) naming the option and the path.
/// </summary>
public static class AtomicFile
{
    /// <summary>The longest file name (one path component) most file systems take, in UTF-8 bytes.</summary>
    public const int MaxNameBytes = 255;

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> as <c>--output</c>, with no inputs to protect.</summary>
    public static void Write(string path, string content) => Write(path, content, "--output", []);

    /// <summary>
    /// Writes <paramref name="content"/> (UTF-8) to <paramref name="path"/>; <paramref name="option"/> names the path in
    /// errors and <paramref name="inputs"/> (option → path) are files the command read, which it must not overwrite.
    /// </summary>
    public static void Write(string path, string content, string option, IReadOnlyList<KeyValuePair<string, string>> inputs)
    {
        ArgumentNullException.ThrowIfNull(content);
        var target = Checked(path, option, inputs);

        var folder = Path.GetDirectoryName(target.Path)!;
        var temporary = Path.Combine(folder, $".expertrig-{RandomNumberGenerator.GetHexString(16, lowercase: true)}.tmp");
        using var cleanup = TemporaryFiles.Track(temporary);
        try
        {
            // CreateNew is O_CREAT|O_EXCL: a file or link planted under the name makes it fail instead of being followed.
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows() && target.Entry is not null)
            {
                // Private until it has the old file's permissions; a new file gets the usual 0666 less the umask.
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content));
                if (target.Entry is { } existing)
                {
                    Keep(existing, stream, option, path);
                }

                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target.Path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Refuse(option, path, $"cannot be written: {ex.Message}");
        }
        finally
        {
            cleanup.Remove();
        }
    }

    /// <summary>
    /// Refuses <paramref name="path"/> as <see cref="Write(string, string, string, IReadOnlyList{KeyValuePair{string, string}})"/>
    /// would, without writing: for a command that writes later (the wizard) and should stop at once.
    /// </summary>
    public static void Check(string path, string option, IReadOnlyList<KeyValuePair<string, string>> inputs) => Checked(path, option, inputs);

    private static (string Path, FileEntry? Entry) Checked(string path, string option, IReadOnlyList<KeyValuePair<string, string>> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var target = Target(path, option);
        foreach (var (inputOption, inputPath) in inputs)
        {
            if (SameFile(target.Path, target.Entry, inputPath))
            {
                throw Refuse(option, path, $"is also the {inputOption} input; write to another file");
            }
        }

        return target;
    }

    private static (string Path, FileEntry? Entry) Target(string path, string option)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CliException($"{option}: no file name given");
        }

        if (path.Contains('\0', StringComparison.Ordinal))
        {
            throw Refuse(option, path, "contains a NUL character");
        }

        var name = Path.GetFileName(path);
        if (name.Length == 0 || name is "." or "..")
        {
            throw Refuse(option, path, "names a folder; give a file name");
        }

        if (Encoding.UTF8.GetByteCount(name) > MaxNameBytes)
        {
            throw Refuse(option, path, $"has a file name of {Encoding.UTF8.GetByteCount(name)} bytes; file systems allow at most {MaxNameBytes}");
        }

        var full = Path.GetFullPath(path);
        var entry = Examine(full, option, path);
        if (entry.Type == FileType.SymbolicLink)
        {
            // Written through: the link's final target is replaced and the link itself stays a link.
            var final = FollowedEntry(full, option, path);
            full = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)!.FullName;
            entry = final;
        }

        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new CliException($"{option}: folder '{MessageText.Path(folder)}' does not exist");
        }

        return entry.Type switch
        {
            FileType.Missing => (full, null),
            FileType.Regular when entry.LinkCount > 1 => throw Refuse(option, path, $"has {entry.LinkCount} hard links; replacing it would split them, so write to another file"),
            // Read-only means no write permission for this user, or none for anyone (a 0444 file, even for root).
            FileType.Regular when (entry.Permissions & 0b010_010_010) == 0 || !NativeFiles.IsWritable(full) => throw Refuse(option, path, "is read-only; ExpertRig does not replace it"),
            FileType.Regular => (full, entry),
            FileType.Directory => throw Refuse(option, path, "is a directory, not a file"),
            _ => throw Refuse(option, path, $"is {entry.Describe()}, not a regular file; ExpertRig writes only regular files"),
        };
    }

    private static FileEntry Examine(string full, string option, string path)
    {
        try
        {
            return FileEntry.Of(full, followLinks: false);
        }
        catch (FileAccessException ex)
        {
            throw Refuse(option, path, "cannot be used: " + ex.Problem);
        }
    }

    private static FileEntry FollowedEntry(string full, string option, string path)
    {
        try
        {
            var final = FileEntry.Of(full, followLinks: true);
            return final.Type == FileType.Missing
                ? throw Refuse(option, path, "is a symbolic link to a file that does not exist; ExpertRig writes through links only to existing files")
                : final;
        }
        catch (FileAccessException ex)
        {
            throw Refuse(option, path, "cannot be used: " + ex.Problem);
        }
    }

    // The replacement is given the old file's permissions and owner before it takes its name.
    private static void Keep(FileEntry existing, FileStream stream, string option, string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(stream.SafeFileHandle, (UnixFileMode)existing.Permissions);
        if (existing.OwnerId == NativeFiles.EffectiveUserId)
        {
            // The group is kept where the user may set it (they belong to it); otherwise the folder's default stays.
            _ = NativeFiles.TryChangeOwner(stream.SafeFileHandle, uint.MaxValue, existing.GroupId);
        }
        else if (!NativeFiles.TryChangeOwner(stream.SafeFileHandle, existing.OwnerId, existing.GroupId))
        {
            throw Refuse(option, path, $"belongs to another user (uid {existing.OwnerId}); ExpertRig does not replace it with a file of its own");
        }
    }

    private static bool SameFile(string targetPath, FileEntry? target, string input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        try
        {
            var full = Path.GetFullPath(input);
            if (string.Equals(full, targetPath, StringComparison.Ordinal))
            {
                return true;
            }

            return target is not null && FileEntry.Of(full, followLinks: true).IsSameFileAs(target);
        }
        catch (Exception ex) when (ex is FileAccessException or ArgumentException or IOException)
        {
            return false;
        }
    }

    private static CliException Refuse(string option, string path, string problem) =>
        new($"{option}: '{MessageText.Path(path)}' {problem}");
}
