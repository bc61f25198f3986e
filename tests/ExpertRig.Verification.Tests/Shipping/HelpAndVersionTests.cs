using System.Text.RegularExpressions;
using ExpertRig.Cli;
using ExpertRig.Verification.Tests.Support;

namespace ExpertRig.Verification.Tests.Shipping;

/// <summary>Every command's help carries an example, and every example runs as printed; <c>--version</c> works.</summary>
public sealed partial class HelpAndVersionTests
{
    public static TheoryData<string> CommandNames => [.. ExpertRigCli.CreateRootCommand().Subcommands.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Help_ShowsAnExample_ForEveryCommand(string command)
    {
        // Help text is parsing and printing: in-process. The examples below run as the real program.
        var run = CliProcess.RunInProcess(command, "--help");

        run.ExitCode.ShouldBe(0, run.Error);
        Examples(run.Output).ShouldNotBeEmpty($"'expertrig {command} --help' shows no 'expertrig {command} …' example");
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void EveryHelpExample_RunsAsPrinted(string command)
    {
        if (command == "wizard")
        {
            return; // The wizard needs an interactive terminal; its example is checked for presence above.
        }

        var folder = Directory.CreateTempSubdirectory("expertrig-examples-").FullName;
        try
        {
            foreach (var example in Examples(CliProcess.RunInProcess(command, "--help").Output))
            {
                // Reports go to a temporary folder, not into the working tree.
                var args = Tokens(example).Skip(1).ToArray();
                for (var i = 0; i < args.Length - 1; i++)
                {
                    if (args[i] is "--output" or "--audit")
                    {
                        args[i + 1] = Path.Combine(folder, Path.GetFileName(args[i + 1]));
                    }
                }

                var run = CliProcess.Run(args);
                run.ExitCode.ShouldBe(0, $"example '{example}' failed: {run.Error}");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Version_PrintsTheProductVersion()
    {
        var run = CliProcess.Run("--version");
        var expected = typeof(ExpertRigCli).Assembly.GetName().Version!;

        run.ExitCode.ShouldBe(0);
        run.Output.Trim().ShouldStartWith($"{expected.Major}.{expected.Minor}.{expected.Build}");
    }

    // The examples follow the "Example(s):" label, at the end of the help.
    private static List<string> Examples(string help) =>
        [.. help.Split('\n').Select(l => l.Trim())
            .SkipWhile(l => !l.StartsWith("Example", StringComparison.Ordinal))
            .TakeWhile(l => !l.StartsWith("Usage:", StringComparison.Ordinal))
            .Select(l => l.StartsWith("Example: ", StringComparison.Ordinal) ? l[9..] : l)
            .Where(l => l.StartsWith("expertrig ", StringComparison.Ordinal))];

    private static IEnumerable<string> Tokens(string line) =>
        TokenPattern().Matches(line).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Value);

    [GeneratedRegex("\"([^\"]*)\"|\\S+")]
    private static partial Regex TokenPattern();
}
