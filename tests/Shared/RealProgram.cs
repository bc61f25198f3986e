using System.Diagnostics;

namespace ExpertRig.Testing;

/// <summary>
/// Runs the real program in a child process from the repository root, with a 60 s limit: the executable named by
/// <c>EXPERTRIG_PROGRAM</c> when set (CI installs the packed ReadyToRun tool once and points every test at it), else
/// <c>dotnet expertrig.dll</c> from beside the test binaries, so <c>dotnet test</c> alone still works. Compiled into
/// the test projects that reference the CLI.
/// </summary>
internal static class RealProgram
{
    /// <summary>The environment variable naming a prebuilt <c>expertrig</c> executable to run instead of the built dll.</summary>
    public const string ProgramVariable = "EXPERTRIG_PROGRAM";

    /// <summary>The command words that start the program: <c>[path/to/expertrig]</c> or <c>[dotnet, …/expertrig.dll]</c>.</summary>
    public static IReadOnlyList<string> Command { get; } = FindCommand();

    /// <summary>Runs the program with the given arguments.</summary>
    public static CliResult Run(params string[] args) => Run([], args);

    /// <summary>Runs the program under a launcher (e.g. <c>unshare -rn</c>), which is handed <c>dotnet expertrig.dll args…</c>.</summary>
    public static CliResult Run(IReadOnlyList<string> launcher, IReadOnlyList<string> args)
    {
        using var process = Process.Start(StartInfo(launcher, args))!;
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

    /// <summary>
    /// Starts the program and returns at once, for a test that acts on it while it runs (e.g. sends it a signal);
    /// standard input is closed, output and error are redirected: read them, wait for it and dispose it.
    /// </summary>
    public static Process Start(params string[] args)
    {
        var process = Process.Start(StartInfo([], args))!;
        process.StandardInput.Close();
        return process;
    }

    private static ProcessStartInfo StartInfo(IReadOnlyList<string> launcher, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(launcher.Count > 0 ? launcher[0] : Command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = Repository.Root,
        };
        foreach (var word in launcher.Count > 0 ? launcher.Skip(1).Concat(Command) : Command.Skip(1))
        {
            start.ArgumentList.Add(word);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // No first-run banners or telemetry from the host: only the program's own output is compared.
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return start;
    }

    private static string[] FindCommand()
    {
        if (Environment.GetEnvironmentVariable(ProgramVariable) is { Length: > 0 } program)
        {
            return File.Exists(program)
                ? [Path.GetFullPath(program)]
                : throw new InvalidOperationException($"{ProgramVariable}={program}: no such file");
        }

        return ["dotnet", Path.Combine(AppContext.BaseDirectory, "expertrig.dll")];
    }
}
