using System.Runtime.InteropServices;

namespace ExpertRig.Domain.Files;

/// <summary>
/// <c>stat</c>/<c>lstat</c> through the .NET runtime's own native shim (libSystem.Native, which ships with every
/// runtime and keeps one struct layout on every Unix), and the few calls .NET has no API for: the hard-link count
/// (<c>statx</c>, Linux) and the owner of a file (<c>fchown</c>). .NET itself cannot tell a FIFO or a device from
/// a regular file.
/// </summary>
public static class NativeFiles
{
    private const int TypeMask = 0xF000;
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxLinkCount = 0x4;

    /// <summary>The entry at <paramref name="path"/>.</summary>
    public static FileEntry Status(string path, bool followLinks)
    {
        if (OperatingSystem.IsWindows())
        {
            return WindowsStatus(path);
        }

        var result = followLinks ? Stat(path, out var status) : LStat(path, out status);
        if (result != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            return error is Errno.NoEntry or Errno.NotDirectory
                ? new FileEntry(FileType.Missing, 0, 0, 0, 0, 0, 0, 0)
                : throw new FileAccessException(path, Errno.Describe(error));
        }

        var type = (status.Mode & TypeMask) switch
        {
            0x8000 => FileType.Regular,
            0x4000 => FileType.Directory,
            0xA000 => FileType.SymbolicLink,
            0x1000 => FileType.Fifo,
            0x2000 => FileType.CharacterDevice,
            0x6000 => FileType.BlockDevice,
            _ => FileType.Socket,
        };
        return new FileEntry(type, status.Mode & 0xFFF, status.Uid, status.Gid, status.Size, status.Dev, status.Ino, LinkCount(path, followLinks));
    }

    /// <summary>Whether the open file is a regular file (<c>fstat</c>).</summary>
    public static bool IsRegular(SafeHandle file) =>
        OperatingSystem.IsWindows() || (FStat(file, out var status) == 0 && (status.Mode & TypeMask) == 0x8000);

    /// <summary>Gives the open file the owner and group of the file it replaces; false when not permitted.</summary>
    public static bool TryChangeOwner(SafeHandle file, uint owner, uint group)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        var added = false;
        try
        {
            file.DangerousAddRef(ref added);
            return FChown((int)file.DangerousGetHandle(), owner, group) == 0;
        }
        finally
        {
            if (added)
            {
                file.DangerousRelease();
            }
        }
    }

    /// <summary>Whether the current user may write to <paramref name="path"/> (<c>access(W_OK)</c>).</summary>
    public static bool IsWritable(string path) =>
        OperatingSystem.IsWindows() ? !new FileInfo(path).IsReadOnly : Access(path, 2) == 0;

    /// <summary>The effective user id of this process.</summary>
    public static uint EffectiveUserId => OperatingSystem.IsWindows() ? 0 : GetEUid();

    private static long LinkCount(string path, bool followLinks)
    {
        if (!OperatingSystem.IsLinux())
        {
            return 1;
        }

        try
        {
            // struct statx is the same on every Linux architecture: stx_nlink is the u32 at offset 16.
            var buffer = new byte[256];
            return Statx(AtCurrentDirectory, path, followLinks ? 0 : AtSymlinkNoFollow, StatxLinkCount, buffer) == 0
                ? BitConverter.ToUInt32(buffer, 16)
                : 1;
        }
        catch (EntryPointNotFoundException)
        {
            return 1;
        }
    }

    private static FileEntry WindowsStatus(string path)
    {
        var info = new FileInfo(path);
        if (info.Attributes == (FileAttributes)(-1))
        {
            return new FileEntry(FileType.Missing, 0, 0, 0, 0, 0, 0, 0);
        }

        var type = info.Attributes.HasFlag(FileAttributes.Directory) ? FileType.Directory : FileType.Regular;
        return new FileEntry(type, 0x1B6, 0, 0, type == FileType.Regular ? info.Length : 0, 0, 0, 1);
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out NativeStatus status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out NativeStatus status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_FStat", SetLastError = true)]
    private static extern int FStat(SafeHandle file, out NativeStatus status);

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    [DllImport("libc", EntryPoint = "fchown", SetLastError = true)]
    private static extern int FChown(int descriptor, uint owner, uint group);

    [DllImport("libc", EntryPoint = "access", SetLastError = true)]
    private static extern int Access([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int mode);

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEUid();

    // The runtime shim's FileStatus (src/native/libs/System.Native/pal_io.h), the same on every Unix.
    [StructLayout(LayoutKind.Sequential)]
    private struct NativeStatus
    {
        public int Flags;
        public int Mode;
        public uint Uid;
        public uint Gid;
        public long Size;
        public long ATime;
        public long ATimeNsec;
        public long MTime;
        public long MTimeNsec;
        public long CTime;
        public long CTimeNsec;
        public long BirthTime;
        public long BirthTimeNsec;
        public long Dev;
        public long RDev;
        public long Ino;
        public uint UserFlags;
    }
}
