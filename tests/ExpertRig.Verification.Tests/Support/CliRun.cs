namespace ExpertRig.Verification.Tests.Support;

/// <summary>What one run of the real program printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
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
