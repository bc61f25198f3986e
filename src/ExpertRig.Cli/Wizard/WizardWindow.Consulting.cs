using ExpertRig.Advisor.View;
using ExpertRig.Cli.Wizard.Results;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Cli.Wizard;

/// <summary>Running the rule base off the UI thread, then showing the results, a build and its "Why?".</summary>
public sealed partial class WizardWindow
{
    private WizardScreen whyFrom = WizardScreen.Results;
    private BuildView? openBuild;

    private void Consult(Profile profile) => Consult(profile, "Consulting the rule base…", ShowResults);

    /// <summary>Runs the rule base over <paramref name="profile"/> off the UI thread, then hands the outcome to <paramref name="then"/> on it.</summary>
    private void Consult(Profile profile, string saying, Action<WizardOutcome> then)
    {
        Say(saying);
        questionnaire.Enabled = false;
        Task.Run(() => WizardOutcome.Consult(advisor, profile)).ContinueWith(
            done => app.Invoke(() =>
            {
                questionnaire.Enabled = true;
                if (done.Exception is { } failure)
                {
                    Say("The consultation failed: " + failure.GetBaseException().Message);
                    questionnaire.FocusCurrent();
                    return;
                }

                Outcome = done.Result;
                results.Show(Outcome.View);
                then(Outcome);
            }),
            TaskScheduler.Default);
    }

    private void ShowResults(WizardOutcome outcome)
    {
        Show(WizardScreen.Results);
        Say(outcome.View.Builds.Count == 0 ? "No build meets every need; F2 shows why." : "");
        if (options.OutputPath is not null)
        {
            // Not here, inside the consultation's Invoke callback: a question asked in it would run its dialog while
            // the main loop is still running that callback, and no other Invoke (a redraw, a test reading the screen)
            // gets through until it is answered. The next iteration of the loop asks it instead.
            outputSavePending = true;
        }
    }

    // Set when new results should go to --output; the next main-loop iteration saves them (asking first when needed).
    private bool outputSavePending;

    private void OnIteration(object? sender, EventArgs e)
    {
        if (outputSavePending)
        {
            outputSavePending = false;
            SaveReport(recalculated: true);
        }
    }

    private void OpenBuild(BuildView build)
    {
        openBuild = build;
        buildPage.Show(
            $"Build #{build.Rank}: {build.Title}",
            "Alt+B: back to the builds · F2: Why? · ↑↓ PgUp PgDn: scroll",
            BuildText.Page(build, FittedPsuWatts(build)));
        Show(WizardScreen.Build);
    }

    private double? FittedPsuWatts(BuildView view) =>
        Outcome?.BuildOf(view) is { Psu: { } psu } built ? psu.Watts * built.PsuCount : null;

    private void OpenWhy()
    {
        if (Outcome is null)
        {
            return;
        }

        var build = screen == WizardScreen.Build ? openBuild : results.Selected;
        whyFrom = screen;
        whyPage.Show(
            build is null ? "Why? The rejected alternatives" : $"Why? #{build.Rank} {build.Title}",
            "Alt+B: back · ↑↓ PgUp PgDn: scroll · the audit trail of the rule base",
            AuditTrail.Page(Outcome, build));
        Show(WizardScreen.Why);
    }
}
