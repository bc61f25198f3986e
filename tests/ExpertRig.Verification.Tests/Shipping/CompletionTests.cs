using ExpertRig.Verification.Tests.Support;

namespace ExpertRig.Verification.Tests.Shipping;

/// <summary>
/// Tab completion through the real program, the way dotnet-suggest asks for it: <c>expertrig [suggest:N] "&lt;line&gt;"</c>
/// with the program name already cut from the line. Catalog ids and rule names come from the files shipped beside it.
/// </summary>
public sealed class CompletionTests
{
    [Theory]
    [InlineData("", "recommend")]
    [InlineData("recommend --f", "--format")]
    [InlineData("recommend --format ", "markdown")]
    [InlineData("catalog ", "quants")]
    [InlineData("explain --rule feasible", "feasible-build")]
    [InlineData("predict --model llama-3-7", "llama-3-70b")]
    [InlineData("predict --gpu rtx-30", "rtx-3090")]
    public void TheRealProgram_CompletesTheLine(string line, string expected)
    {
        var run = CliProcess.Run($"[suggest:{line.Length}]", line);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldBeEmpty();
        run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldContain(expected);
    }
}
