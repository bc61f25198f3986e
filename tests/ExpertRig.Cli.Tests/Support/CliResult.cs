namespace ExpertRig.Cli.Tests.Support;

/// <summary>What a run printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>Asserts the run failed as bad input: exit 2, exactly one line on stderr, no stack trace.</summary>
    public string ShouldBeBadInput()
    {
        ExitCode.ShouldBe(2, $"stderr: {Error}");
        var lines = Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(1, $"stderr: {Error}");
        Error.ShouldNotContain("   at ");
        Error.ShouldStartWith("expertrig: ");
        return lines[0];
    }
}
