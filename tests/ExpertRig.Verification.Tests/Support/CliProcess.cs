using System.Diagnostics;

namespace ExpertRig.Verification.Tests.Support;

/// <summary>
/// Runs the real program (<see cref="RealProgram"/>), optionally inside <c>unshare -rn</c>, a new network namespace
/// with no interface but loopback.
/// </summary>
internal static class CliProcess
{
    private static readonly Lazy<bool> CanUnshare = new(() => TryUnshare(out _));

    /// <summary>Why a network-less run is impossible here, or null when <c>unshare -rn</c> works.</summary>
    public static string? OfflineUnavailableReason => CanUnshare.Value ? null : TryUnshare(out var why) ? null : why;

    /// <summary>
    /// Runs the command line in this process (<see cref="Cli.ExpertRigCli.Run"/>): for cases that test parsing and
    /// messages, where a child process would only add its start-up time.
    /// </summary>
    public static CliResult RunInProcess(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = Cli.ExpertRigCli.Run(args, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs the program with the given arguments and a 60 s limit.</summary>
    public static CliResult Run(params string[] args) => RealProgram.Run(args);

    /// <summary>Runs the program with networking removed (requires <see cref="OfflineUnavailableReason"/> to be null).</summary>
    public static CliResult RunOffline(params string[] args) => RealProgram.Run(["unshare", "-rn"], args);

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
