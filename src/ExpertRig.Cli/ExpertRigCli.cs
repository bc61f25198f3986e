using System.CommandLine;
using System.CommandLine.Completions;
using System.Globalization;
using ExpertRig.Cli.Commands;

namespace ExpertRig.Cli;

/// <summary>
/// The <c>expertrig</c> command line: parses, dispatches, and turns every failure into one line on stderr with exit
/// code 2 for bad input (never a stack trace).
/// </summary>
public static class ExpertRigCli
{
    /// <summary>Runs the command line with the given arguments and writers; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = CreateRootCommand();
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (args.Length == 0 && Wizard.InteractiveTerminal.IsAttached(output))
        {
            args = ["wizard"];
        }
        else if (args.Length == 0)
        {
            root.Parse(["--help"]).Invoke(configuration);
            error.WriteLine("expertrig: no command given (see the commands above)");
            return ExitCodes.BadInput;
        }

        // Response files ('@file' expands to the file's words) are off: nothing here needs them, and they let an
        // argument read and echo any file.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (MalformedSuggestPosition(root, parse) is { } position)
        {
            error.WriteLine($"expertrig: [suggest:{position}]: the cursor position must be a whole number ≥ 0");
            return ExitCodes.BadInput;
        }

        if (parse.Errors.Count > 0)
        {
            var command = parse.CommandResult.Command == root ? "" : " " + parse.CommandResult.Command.Name;
            error.WriteLine($"expertrig: {ParseErrorText.For(parse, root)} (see 'expertrig{command} --help')");
            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(configuration);
        }
        catch (Exception ex) when (BadInput.Recognises(ex))
        {
            error.WriteLine($"expertrig: {OneLine(ex.Message)}");
            return ExitCodes.BadInput;
        }
        catch (Exception ex)
        {
            error.WriteLine($"expertrig: internal error ({ex.GetType().Name}): {OneLine(ex.Message)}");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>The command tree, shared by the CLI and its tests.</summary>
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand(
            "ExpertRig: which hardware to buy to run large language models locally, and why. Works offline.")
        {
            RecommendCommand.Create(),
            ExplainCommand.Create(),
            CheckCommand.Create(),
            FrontierCommand.Create(),
            PredictCommand.Create(),
            CatalogCommand.Create(),
            RulesCommand.Create(),
            WizardCommand.Create(),
        };
        HelpWithExamples.Install(root);
        return root;
    }

    // The [suggest:N] directive (what dotnet-suggest sends for tab completion) clears parse errors and runs before any
    // command; System.CommandLine parses N itself and would fail with an internal error on anything but N ≥ 0.
    private static string? MalformedSuggestPosition(RootCommand root, ParseResult parse) =>
        root.Directives.OfType<SuggestDirective>().Select(parse.GetResult).SingleOrDefault()?.Values.SingleOrDefault() is { Length: > 0 } value
        && !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? value
            : null;

    // Every message leaves as one line with control and bidi characters escaped and its length bounded.
    private static string OneLine(string message) => Domain.MessageText.Line(message);
}
