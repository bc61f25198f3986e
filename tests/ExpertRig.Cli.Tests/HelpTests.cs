using System.CommandLine;
using ExpertRig.Cli.Tests.Support;

namespace ExpertRig.Cli.Tests;

/// <summary>
/// The help a newcomer reads: every command's, from the root down, fits a 100-column terminal, names long value lists
/// by where to find them instead of inlining every id, and shows at least one example to copy.
/// </summary>
public sealed class HelpTests
{
    public static TheoryData<string> EveryCommand => [.. Walk(ExpertRigCli.CreateRootCommand(), "")];

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void EveryLineOfHelp_FitsAHundredColumns(string command)
    {
        var help = Help(command);

        help.Split('\n').Where(line => line.Length > 100).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void EveryHelp_EndsWithAnExampleToCopy(string command) =>
        Help(command).ShouldMatch(@"Examples?:\n  expertrig ");

    [Theory]
    [InlineData("predict", "--model <id>", "one of the ids in `expertrig catalog models`")]
    [InlineData("predict", "--gpu <id>", "one of the ids in `expertrig catalog gpus`")]
    [InlineData("explain", "--rule <name>", "one of the names in `expertrig rules`")]
    public void ALongValueList_IsNamedByItsListingCommand(string command, string usage, string pointer)
    {
        // Read as one paragraph: the help wraps long descriptions.
        var help = System.Text.RegularExpressions.Regex.Replace(Help(command), @"\s+", " ");

        help.ShouldContain(usage);
        help.ShouldContain(pointer);
        // No inlined value list such as <deepseek-r1-distill-qwen-32b|gemma-3-27b|...>.
        help.ShouldNotMatch(@"<[^>]*\|[^>]*\|[^>]*\|[^>]*\|[^>]*\|[^>]*>");
    }

    private static string Help(string command)
    {
        var result = CliRunner.Run([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);
        result.ExitCode.ShouldBe(0, result.Error);
        return result.Output;
    }

    private static IEnumerable<string> Walk(Command command, string path)
    {
        yield return path;
        foreach (var sub in command.Subcommands)
        {
            foreach (var inner in Walk(sub, (path + " " + sub.Name).Trim()))
            {
                yield return inner;
            }
        }
    }
}
