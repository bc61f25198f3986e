using ExpertRig.Cli.Output;
using System.CommandLine;
using ExpertRig.Cli.Wizard;

namespace ExpertRig.Cli.Commands;

/// <summary><c>expertrig wizard</c>: the guided questionnaire, results, "Why?" and report in the terminal.</summary>
internal static class WizardCommand
{
    public static Command Create()
    {
        var profile = new Option<string?>("--profile") { HelpName = "file", Description = "Pre-fill the answers from this profile YAML." };
        var output = new Option<string?>("--output") { HelpName = "file", Description = "Write the Markdown report to this file as soon as the results are ready (Ctrl+S writes it again)." };
        var command = new Command("wizard", "Answer a few questions in the terminal and get ranked builds, their bill of materials, warnings and the rules behind them. Runs when 'expertrig' is started with no command in a terminal.")
        {
            profile, output,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output);
            if (path is not null && Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && !Directory.Exists(folder))
            {
                throw new CliException($"--output: folder '{folder}' does not exist");
            }

            var options = new WizardOptions(path, parse.GetValue(profile));
            if (path is not null)
            {
                // The report may not overwrite the profile it was made from, as with recommend --output.
                AtomicFile.Check(path, "--output", options.Inputs);
            }

            if (!InteractiveTerminal.IsAttached(parse.InvocationConfiguration.Output))
            {
                throw new CliException("wizard: needs an interactive terminal (standard input or output is redirected); use 'expertrig recommend --profile <file>' instead");
            }

            var prefill = parse.GetValue(profile) is { } file ? ProfileInput.Load(file) : null;
            return WizardApp.Run(prefill, options);
        });
        return command;
    }
}
