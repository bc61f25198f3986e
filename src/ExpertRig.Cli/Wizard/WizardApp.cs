using ExpertRig.Cli.Wizard.Answers;
using ExpertRig.Domain.Profiles;
using Terminal.Gui.App;

namespace ExpertRig.Cli.Wizard;

/// <summary>Starts the Terminal.Gui application on the real terminal and runs the wizard until the user quits.</summary>
public static class WizardApp
{
    /// <summary>Runs the wizard, pre-filled from <paramref name="profile"/> when given; returns the exit code.</summary>
    public static int Run(Profile? profile, WizardOptions options)
    {
        var advisor = Advisor.Advisor.Default;
        var answers = profile is null ? WizardAnswers.Defaults(advisor.Knowledge.Catalog) : WizardAnswers.From(profile);
        using var app = Application.Create().Init();
        using var window = new WizardWindow(app, advisor, answers, options);
        app.Run(window);
        return ExitCodes.Success;
    }
}
