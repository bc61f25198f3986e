using System.Diagnostics;

namespace ExpertRig.Testing;

/// <summary>
/// Runs the real program, <c>dotnet expertrig.dll</c> from beside the test binaries, in a child process from the
/// repository root, with a 60 s limit. Compiled into the test projects that reference the CLI.
/// </summary>
internal static class RealProgram
{
    /// <summary>Runs the program with the given arguments.</summary>
    public static CliResult Run(params string[] args) => Run([], args);

    /// <summary>Runs the program under a launcher (e.g. <c>unshare -rn</c>), which is handed <c>dotnet expertrig.dll args…</c>.</summary>
    public static CliResult Run(IReadOnlyList<string> launcher, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(launcher.Count > 0 ? launcher[0] : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = Repository.Root,
        };
        if (launcher.Count > 0)
        {
            foreach (var word in launcher.Skip(1).Append("dotnet"))
            {
                start.ArgumentList.Add(word);
            }
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

        return new CliResult(process.ExitCode, output.Result, error.Result);
    }
}
