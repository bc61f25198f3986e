using System.Runtime.InteropServices;

namespace ExpertRig.Domain.Files;

/// <summary>The <c>errno</c> values the file guards tell apart, and the rest in the system's words.</summary>
internal static class Errno
{
    public const int NoEntry = 2;
    public const int NotDirectory = 20;

    private static readonly int Loop = OperatingSystem.IsLinux() ? 40 : 62;
    private static readonly int NameTooLong = OperatingSystem.IsLinux() ? 36 : 63;

    /// <summary>A short reason for a failed <c>stat</c>.</summary>
    public static string Describe(int error) =>
        error == Loop ? "a loop of symbolic links; it names no file"
        : error == NameTooLong ? "the path or one of its names is too long for the file system"
        : error == 13 ? "permission denied: its folder cannot be searched"
        : $"cannot be examined: {Marshal.GetPInvokeErrorMessage(error)}";
}
