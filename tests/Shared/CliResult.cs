namespace ExpertRig.Testing;

/// <summary>What one run of the command line printed and returned, in-process or as the real program.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>Asserts bad input: exit 2, nothing on stdout, exactly one line on stderr, no stack trace; returns the line.</summary>
    public string ShouldBeBadInput()
    {
        ExitCode.ShouldBe(2, $"stderr: {Error}");
        Output.ShouldBeEmpty();
        var lines = Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(1, $"stderr: {Error}");
        Error.ShouldNotContain("   at ");
        Error.ShouldNotContain("Exception");
        Error.ShouldStartWith("expertrig: ");
        return lines[0];
    }
}
