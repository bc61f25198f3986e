namespace ExpertRig.Cli.Wizard;

/// <summary>Whether the wizard can draw: both standard input and output are a terminal, not a pipe or a file.</summary>
internal static class InteractiveTerminal
{
    /// <summary>
    /// True when <paramref name="output"/> is the process's console output and neither standard input nor output is
    /// redirected; a caller that captures the output (tests, pipes) never gets a full-screen program.
    /// </summary>
    public static bool IsAttached(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsInputRedirected && !Console.IsOutputRedirected;
}
