namespace ExpertRig.Domain.Files;

/// <summary>
/// What the file system says about one path before ExpertRig opens it: its type, permissions, owner, identity
/// (device and inode, to tell whether two paths are the same file) and hard-link count.
/// </summary>
/// <param name="Type">What the path names.</param>
/// <param name="Permissions">The permission bits (0o7777), e.g. 0o600.</param>
/// <param name="OwnerId">The owning user id.</param>
/// <param name="GroupId">The owning group id.</param>
/// <param name="Size">The size in bytes (0 for devices and pipes).</param>
/// <param name="Device">The id of the device holding the entry.</param>
/// <param name="Inode">The inode number; with <paramref name="Device"/> it identifies the file.</param>
/// <param name="LinkCount">How many names (hard links) the file has; 1 when the platform does not say.</param>
public sealed record FileEntry(FileType Type, int Permissions, uint OwnerId, uint GroupId, long Size, long Device, long Inode, long LinkCount)
{
    /// <summary>The entry at <paramref name="path"/>; <paramref name="followLinks"/> false describes a link itself.</summary>
    /// <exception cref="FileAccessException">The path cannot be examined (a link loop, a name too long, no permission).</exception>
    public static FileEntry Of(string path, bool followLinks) => NativeFiles.Status(path, followLinks);

    /// <summary>Whether this and <paramref name="other"/> are the same file (same device and inode).</summary>
    public bool IsSameFileAs(FileEntry other) =>
        Type != FileType.Missing && other.Type != FileType.Missing && Device == other.Device && Inode == other.Inode;

    /// <summary>The type in words for messages: "a named pipe (FIFO)", "a character device".</summary>
    public string Describe() => Type switch
    {
        FileType.Missing => "missing",
        FileType.Regular => "a regular file",
        FileType.Directory => "a directory",
        FileType.SymbolicLink => "a symbolic link",
        FileType.Fifo => "a named pipe (FIFO)",
        FileType.CharacterDevice => "a character device",
        FileType.BlockDevice => "a block device",
        _ => "a socket",
    };
}
