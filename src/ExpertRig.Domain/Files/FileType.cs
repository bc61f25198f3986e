namespace ExpertRig.Domain.Files;

/// <summary>What a path names on disk, as <c>lstat</c>/<c>stat</c> report it.</summary>
public enum FileType
{
    /// <summary>Nothing exists at the path.</summary>
    Missing,

    /// <summary>An ordinary file: the only kind ExpertRig reads or replaces.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A symbolic link (only from <see cref="FileEntry.Of"/> with links not followed).</summary>
    SymbolicLink,

    /// <summary>A named pipe: reading it blocks until a writer comes.</summary>
    Fifo,

    /// <summary>A character device such as /dev/zero or a terminal.</summary>
    CharacterDevice,

    /// <summary>A block device such as a disk.</summary>
    BlockDevice,

    /// <summary>A Unix domain socket.</summary>
    Socket,
}
