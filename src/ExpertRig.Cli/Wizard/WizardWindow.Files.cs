using ExpertRig.Cli.Output;
using ExpertRig.Domain.Profiles;
using Terminal.Gui.Views;

namespace ExpertRig.Cli.Wizard;

/// <summary>Saving the report (Ctrl+S, or straight to --output) and the answers as a profile (Ctrl+P).</summary>
public sealed partial class WizardWindow
{
    /// <summary>Writes the report to --output, or to a file the user names; says where on the message line.</summary>
    public void SaveReport()
    {
        if (Outcome is null)
        {
            Say("No results yet: answer the questions and press Enter on Review first.");
            return;
        }

        var path = options.OutputPath ?? AskPath("Save the report as", WizardDefaults.ReportFileName);
        if (path is null)
        {
            return;
        }

        try
        {
            Write(path, WizardReport.Render(Outcome.View), "Report");
        }
        catch (Reporting.TemplateException ex)
        {
            Say("Report not saved: " + ex.Message);
        }
    }

    /// <summary>Writes the answers as profile YAML to a file the user names; says where on the message line.</summary>
    public void SaveProfile()
    {
        if (Answers.Problems(catalog).FirstOrDefault() is { } problem)
        {
            Say($"Cannot save the profile yet: {problem.Field}: {problem.Message}");
            return;
        }

        var path = AskPath("Save the answers as a profile", options.ProfilePath ?? WizardDefaults.ProfileFileName);
        if (path is not null)
        {
            Write(path, ProfileWriter.ToYaml(Answers.ToProfile(catalog)), "Profile");
        }
    }

    private void Write(string path, string text, string what)
    {
        try
        {
            AtomicFile.Write(path, text);
            Say($"{what} saved to {Path.GetFullPath(path)}");
        }
        catch (CliException ex)
        {
            // AtomicFile words its errors for --output; here the user typed the path, so keep only the reason.
            Say($"{what} not saved: {ex.Message.Replace("--output: ", "", StringComparison.Ordinal)}");
        }
    }

    private string? AskPath(string title, string proposal)
    {
        // The dialog sizes itself to its content, so the field needs a fixed width (that still fits the screen).
        var field = new TextField { Text = proposal, Width = Math.Clamp(app.Screen.Width - 16, 20, 60) };
        var path = this.Prompt<TextField, string?>(field, f => f.Text, proposal, prompt => prompt.Title = title + " (Enter saves, Esc cancels)");
        if (string.IsNullOrWhiteSpace(path))
        {
            Say($"{title}: cancelled.");
            return null;
        }

        return path.Trim();
    }
}
