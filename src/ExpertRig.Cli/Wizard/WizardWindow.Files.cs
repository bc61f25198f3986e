using ExpertRig.Cli.Output;
using ExpertRig.Cli.Wizard.Results;
using ExpertRig.Domain.Profiles;
using Terminal.Gui.Views;

namespace ExpertRig.Cli.Wizard;

/// <summary>Saving the report (Ctrl+S, or straight to --output) and the answers as a profile (Ctrl+P).</summary>
public sealed partial class WizardWindow
{
    /// <summary>
    /// Writes the report of the current answers to --output, or to a file the user names; when the answers changed
    /// since the results, the rule base is consulted again first (and a problem in them stops the save).
    /// <paramref name="recalculated"/>: new results replace the report an earlier one wrote to --output, which is
    /// asked first (keeping it is the default), as Ctrl+S asks before replacing any other file.
    /// </summary>
    public void SaveReport(bool recalculated = false)
    {
        if (Outcome is null)
        {
            Say("No results yet: answer the questions and press Enter on Review first.");
            return;
        }

        if (Answers.Problems(catalog).FirstOrDefault() is { } problem)
        {
            // The results were made from answers without a problem, so these changed since.
            Say($"Report not saved: the answers changed since the results; fix {problem.Field} first: {problem.Message}");
            return;
        }

        var current = Answers.ToProfile(catalog);
        var changed = current.Equals(Outcome.Consultation.Profile) ? null : current;

        // --output is the file the user asked for on the command line: the first results and Ctrl+S go there without
        // asking; a recalculation asks before replacing the report it wrote.
        string? path;
        if (options.OutputPath is { } output)
        {
            if (recalculated && outputWritten && File.Exists(output) && !ConfirmReplace(Path.GetFullPath(output), "Report"))
            {
                Say($"Report not saved: kept the earlier results in {Path.GetFullPath(output)}");
                return;
            }

            path = output;
        }
        else
        {
            path = AskPath("Save the report as", WizardDefaults.ReportFileName, "Report");
        }

        if (path is null)
        {
            return;
        }

        if (changed is null)
        {
            WriteReport(path, Outcome);
            return;
        }

        Consult(changed, "The answers changed since the results: consulting the rule base again…", outcome =>
        {
            WriteReport(path, outcome);
            if (screen == WizardScreen.Questions)
            {
                questionnaire.FocusCurrent();
            }
        });
    }

    /// <summary>Writes the answers as profile YAML to a file the user names; says where on the message line.</summary>
    public void SaveProfile()
    {
        if (Answers.Problems(catalog).FirstOrDefault() is { } problem)
        {
            Say($"Cannot save the profile yet: {problem.Field}: {problem.Message}");
            return;
        }

        var path = AskPath("Save the answers as a profile", options.ProfilePath ?? WizardDefaults.ProfileFileName, "Profile");
        if (path is not null)
        {
            // Saving the answers over the profile they came from is the point of Ctrl+P (asked first), so no inputs.
            Write(path, ProfileWriter.ToYaml(Answers.ToProfile(catalog)), "Profile", []);
        }
    }

    // True once a report went to --output: later recalculations ask before replacing it.
    private bool outputWritten;

    private void WriteReport(string path, WizardOutcome outcome)
    {
        try
        {
            Write(path, WizardReport.Render(outcome.View), "Report", options.Inputs);
            outputWritten |= path == options.OutputPath;
        }
        catch (Reporting.TemplateException ex)
        {
            Say("Report not saved: " + ex.Message);
        }
    }

    private void Write(string path, string text, string what, IReadOnlyList<KeyValuePair<string, string>> inputs)
    {
        try
        {
            AtomicFile.Write(path, text, "--output", inputs);
            Say($"{what} saved to {Path.GetFullPath(path)}");
        }
        catch (CliException ex)
        {
            // AtomicFile words its errors for --output; here the user typed the path, so keep only the reason.
            Say($"{what} not saved: {ex.Message.Replace("--output: ", "", StringComparison.Ordinal)}");
        }
    }

    /// <summary>The file the user names for <paramref name="what"/>, or null when cancelled or when they keep an existing file.</summary>
    private string? AskPath(string title, string proposal, string what)
    {
        // The dialog sizes itself to its content, so the field needs a fixed width (that still fits the screen).
        var field = new TextField { Text = proposal, Width = Math.Clamp(app.Screen.Width - 16, 20, 60) };
        var path = this.Prompt<TextField, string?>(field, f => f.Text, proposal, prompt => prompt.Title = title + " (Enter saves, Esc cancels)");
        if (string.IsNullOrWhiteSpace(path))
        {
            Say($"{title}: cancelled.");
            return null;
        }

        path = path.Trim();
        if (File.Exists(path) && !ConfirmReplace(Path.GetFullPath(path), what))
        {
            Say($"{what} not saved: kept the existing {Path.GetFullPath(path)}");
            return null;
        }

        return path;
    }

    // Keeping the file is the default (Enter or Esc): replacing it is the one choice that loses something.
    private bool ConfirmReplace(string fullPath, string what)
    {
        var loss = what == "Profile" ? " Its comments and layout are lost." : "";
        return MessageBox.Query(app, "The file already exists", $"{fullPath}\nReplace it?{loss}", "_Replace", "_Keep") == 0;
    }
}
