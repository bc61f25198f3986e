using System.Diagnostics;

namespace ExpertRig.Cli.Tests.Wizard;

/// <summary>
/// The real built program in a real terminal: a tmux session of a given size on a private tmux server (its own
/// socket, killed afterwards), driven with send-keys and read with capture-pane, as a person would. Every wait is bounded.
/// </summary>
internal sealed class TmuxSession : IDisposable
{
    private const string Target = "wizard";
    private readonly string socket = "expertrig-test-" + Guid.NewGuid().ToString("N")[..12];

    private TmuxSession()
    {
    }

    /// <summary>Whether tmux can be run here.</summary>
    public static bool Available { get; } = Probe();

    /// <summary>
    /// Starts the real program (<see cref="RealProgram.Command"/>) with <paramref name="args"/> in a <paramref name="width"/>×<paramref name="height"/>
    /// terminal; when the program ends the pane prints "[exit N]" and stays open to be read.
    /// </summary>
    public static TmuxSession Start(int width, int height, params string[] args)
    {
        var session = new TmuxSession();
        var program = string.Join(' ', RealProgram.Command.Concat(args).Select(Quote));
        // The headless test switch of the in-process tests must not leak into the real terminal run.
        var command = $"env -u DisableRealDriverIO {program}; echo \"[exit $?]\"; sleep 120";
        session.Tmux("-f", "/dev/null", "new-session", "-d", "-s", Target, "-x", $"{width}", "-y", $"{height}", "-c", Repository.Root, command);
        return session;
    }

    /// <summary>The visible screen, one line per row.</summary>
    public string Capture() => Tmux("capture-pane", "-p", "-t", Target);

    /// <summary>Sends keys in tmux's names (Enter, Escape, F2, M-b, C-s) or literal text.</summary>
    public TmuxSession Send(params string[] keys)
    {
        foreach (var key in keys)
        {
            Tmux("send-keys", "-t", Target, key);
            // Give the program time to tell a lone Escape from the start of an escape sequence.
            Thread.Sleep(key == "Escape" ? 400 : 150);
        }

        return this;
    }

    /// <summary>Waits until the screen shows <paramref name="text"/>; fails with the screen after 60 s.</summary>
    public string WaitFor(string text) => WaitUntil(s => s.Contains(text, StringComparison.Ordinal), $"'{text}'");

    /// <summary>Waits until the screen satisfies <paramref name="condition"/>; fails with the screen after 60 s.</summary>
    public string WaitUntil(Func<string, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        string screen;
        do
        {
            screen = Capture();
            if (condition(screen))
            {
                return screen;
            }

            Thread.Sleep(100);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"waited 60 s for {what} in the tmux pane; it shows:\n{screen}");
    }

    /// <summary>Resizes the terminal.</summary>
    public void Resize(int width, int height) => Tmux("resize-window", "-t", Target, "-x", $"{width}", "-y", $"{height}");

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Tmux("kill-server");
        }
        catch (InvalidOperationException)
        {
            // The server is already gone.
        }
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static bool Probe()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("tmux", "-V") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            return process.WaitForExit(10_000) && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private string Tmux(params string[] args)
    {
        var start = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-L");
        start.ArgumentList.Add(socket);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(10_000))
        {
            process.Kill();
            throw new TimeoutException("tmux " + string.Join(' ', args) + " did not return within 10 s");
        }

        return process.ExitCode == 0
            ? output.Result
            : throw new InvalidOperationException($"tmux {string.Join(' ', args)} failed: {error.Result.Trim()}");
    }
}
