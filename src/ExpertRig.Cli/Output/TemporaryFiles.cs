using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace ExpertRig.Cli.Output;

/// <summary>
/// The temporary files a write has under way, removed when the write ends and, if the process is interrupted
/// (SIGINT, SIGTERM, SIGHUP, SIGQUIT), before it exits, so no <c>.expertrig-*.tmp</c> is left behind.
/// </summary>
public static class TemporaryFiles
{
    private static readonly ConcurrentDictionary<string, byte> Pending = new(StringComparer.Ordinal);
    private static readonly Lazy<PosixSignalRegistration[]> Registrations = new(Register);

    /// <summary>Starts tracking <paramref name="path"/> (not created yet); dispose the handle or call Remove when done.</summary>
    public static Handle Track(string path)
    {
        _ = Registrations.Value;
        Pending[path] = 0;
        return new Handle(path);
    }

    /// <summary>Deletes every tracked file (what a signal does); the files need not exist.</summary>
    public static void RemoveAll()
    {
        foreach (var path in Pending.Keys)
        {
            Delete(path);
        }
    }

    /// <summary>The files tracked now (for tests).</summary>
    public static IReadOnlyCollection<string> Tracked => [.. Pending.Keys];

    private static PosixSignalRegistration[] Register()
    {
        if (OperatingSystem.IsWindows() || OperatingSystem.IsBrowser())
        {
            return [];
        }

        // The handler does not cancel the signal: the process still ends as it would have, minus the temporary file.
        return [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT }
            .Select(signal => PosixSignalRegistration.Create(signal, _ => RemoveAll()))];
    }

    private static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the write's own error (or the signal) is what the user needs to see.
        }

        Pending.TryRemove(path, out _);
    }

    /// <summary>One tracked temporary file.</summary>
    public readonly struct Handle(string path) : IDisposable
    {
        /// <summary>Deletes the file if it still exists (after a successful rename it does not) and stops tracking it.</summary>
        public void Remove() => Delete(path);

        /// <inheritdoc />
        public void Dispose() => Remove();
    }
}
