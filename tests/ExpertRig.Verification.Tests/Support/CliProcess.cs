using System.Diagnostics;

namespace ExpertRig.Verification.Tests.Support;

/// <summary>
/// Runs the real program, <c>dotnet expertrig.dll</c> from beside the test binaries, in a child process from the
/// repository root; optionally inside <c>unshare -rn</c>, a new network namespace with no interface but loopback.
/// </summary>
internal static class CliProcess
{
    private static readonly Lazy<bool> CanUnshare = new(() => TryUnshare(out _));

    /// <summary>Why a network-less run is impossible here, or null when <c>unshare -rn</c> works.</summary>
    public static string? OfflineUnavailableReason => CanUnshare.Value ? null : TryUnshare(out var why) ? null : why;

    /// <summary>Runs the program with the given arguments and a 60 s limit.</summary>
    public static CliRun Run(params string[] args) => Start(offline: false, args);

    /// <summary>Runs the program with networking removed (requires <see cref="OfflineUnavailableReason"/> to be null).</summary>
    public static CliRun RunOffline(params string[] args) => Start(offline: true, args);

    private static CliRun Start(bool offline, string[] args)
    {
        var start = new ProcessStartInfo(offline ? "unshare" : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = Repository.Root,
        };
        if (offline)
        {
            start.ArgumentList.Add("-rn");
            start.ArgumentList.Add("dotnet");
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "expertrig.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // No first-run banners or telemetry from the host: only the program's own output is compared.
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("expertrig did not exit within 60 s: " + string.Join(' ', args));
        }

        return new CliRun(process.ExitCode, output.Result, error.Result);
    }

    private static bool TryUnshare(out string why)
    {
        try
        {
            using var probe = Process.Start(new ProcessStartInfo("unshare", "-rn true") { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var error = probe.StandardError.ReadToEnd();
            probe.WaitForExit(10_000);
            why = probe.ExitCode == 0 ? "" : $"'unshare -rn' is not allowed by this kernel or container ({error.Trim()})";
            return probe.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            why = $"'unshare' is not installed ({error.Message})";
            return false;
        }
    }
}
