using ExpertRig.Advisor.View;
using ExpertRig.Cli.Wizard.Results;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Cli.Wizard;

/// <summary>Running the rule base off the UI thread, then showing the results, a build and its "Why?".</summary>
public sealed partial class WizardWindow
{
    private WizardScreen whyFrom = WizardScreen.Results;
    private BuildView? openBuild;

    private void Consult(Profile profile)
    {
        Say("Consulting the rule base…");
        questionnaire.Enabled = false;
        Task.Run(() => WizardOutcome.Consult(advisor, profile)).ContinueWith(
            done => app.Invoke(() => ShowResults(done)),
            TaskScheduler.Default);
    }

    private void ShowResults(Task<WizardOutcome> done)
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
        Show(WizardScreen.Results);
        Say(Outcome.View.Builds.Count == 0 ? "No build meets every need; F2 shows why." : "");
        if (options.OutputPath is not null)
        {
            SaveReport();
        }
    }

    private void OpenBuild(BuildView build)
    {
        openBuild = build;
        buildPage.Show(
            $"Build #{build.Rank}: {build.Title}",
            "Alt+B: back to the builds · F2: Why? · ↑↓ PgUp PgDn: scroll",
            BuildText.Page(build));
        Show(WizardScreen.Build);
    }

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
