using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace ExpertRig.Cli.Wizard;

/// <summary>The window's keys: handled before any field sees them, and listed in the status bar of each screen.</summary>
public sealed partial class WizardWindow
{
    private void OnKeyDown(object? sender, Key key)
    {
        // Keys belong to a dialog on top (quit, save as) or to an open drop-down list while they are showing.
        if (key.Handled || !ReferenceEquals(app.TopRunnableView, this) || app.Popovers?.GetActivePopover() is not null)
        {
            return;
        }

        key.Handled = Handle(key);
    }

    private bool Handle(Key key)
    {
        // The step is hidden behind the small-terminal notice: keys meant for its fields or for Next/Back would act
        // unseen, so only quitting and saving go through.
        if (WaitingForLargerTerminal && key != WizardKeys.Quit && key != WizardKeys.SaveProfile && key != WizardKeys.SaveReport)
        {
            return true;
        }

        if (key == WizardKeys.Quit)
        {
            ConfirmQuit();
        }
        else if (key == WizardKeys.SaveReport)
        {
            SaveReport();
        }
        else if (key == WizardKeys.SaveProfile)
        {
            SaveProfile();
        }
        else if (key == WizardKeys.Back)
        {
            Back();
        }
        else if (key == WizardKeys.Why && screen is WizardScreen.Results or WizardScreen.Build)
        {
            OpenWhy();
        }
        else
        {
            return screen == WizardScreen.Questions && questionnaire.Current.HandleKey(key);
        }

        return true;
    }

    private void Back()
    {
        switch (screen)
        {
            case WizardScreen.Questions:
                if (!questionnaire.Back())
                {
                    Say("This is the first step.");
                }

                break;
            case WizardScreen.Results:
                questionnaire.ShowReview();
                Show(WizardScreen.Questions);
                break;
            case WizardScreen.Build:
                Show(WizardScreen.Results);
                break;
            default:
                Show(whyFrom);
                break;
        }
    }

    private void ConfirmQuit()
    {
        var choice = MessageBox.Query(app, "Quit ExpertRig", "Leave the wizard? Answers and results you have not saved are lost.", "_Quit", "_Stay");
        if (choice == 0)
        {
            app.RequestStop(this);
        }
    }

    private void ShowKeys()
    {
        var onReview = screen == WizardScreen.Questions && ReferenceEquals(questionnaire.Current, questionnaire.Steps[^1]);
        List<Shortcut> shortcuts = screen switch
        {
            WizardScreen.Questions when WaitingForLargerTerminal =>
            [
                new(WizardKeys.SaveProfile, "Profile", SaveProfile),
                .. Outcome is null ? Array.Empty<Shortcut>() : [new Shortcut(WizardKeys.SaveReport, "Report", () => SaveReport())],
                new(WizardKeys.Quit, "Quit", ConfirmQuit),
            ],
            WizardScreen.Questions =>
            [
                new(Key.Enter, onReview ? "Finish" : "Next", null),
                new(WizardKeys.Back, "Back", Back),
                new(WizardKeys.SaveProfile, "Profile", SaveProfile),
                .. Outcome is null ? Array.Empty<Shortcut>() : [new Shortcut(WizardKeys.SaveReport, "Report", () => SaveReport())],
                new(WizardKeys.Quit, "Quit", ConfirmQuit),
            ],
            WizardScreen.Results =>
            [
                new(WizardKeys.Why, "Why?", OpenWhy),
                new(WizardKeys.SaveReport, "Report", () => SaveReport()),
                new(WizardKeys.SaveProfile, "Profile", SaveProfile),
                new(WizardKeys.Back, "Answers", Back),
                new(WizardKeys.Quit, "Quit", ConfirmQuit),
            ],
            WizardScreen.Build =>
            [
                new(WizardKeys.Back, "Builds", Back),
                new(WizardKeys.Why, "Why?", OpenWhy),
                new(WizardKeys.SaveReport, "Report", () => SaveReport()),
                new(WizardKeys.SaveProfile, "Profile", SaveProfile),
                new(WizardKeys.Quit, "Quit", ConfirmQuit),
            ],
            _ =>
            [
                new(WizardKeys.Back, "Back", Back),
                new(WizardKeys.SaveReport, "Report", () => SaveReport()),
                new(WizardKeys.SaveProfile, "Profile", SaveProfile),
                new(WizardKeys.Quit, "Quit", ConfirmQuit),
            ],
        };
        // One status bar whose shortcuts change: adding or removing a window subview mid-layout is not allowed.
        foreach (var old in statusBar.SubViews.ToList())
        {
            statusBar.Remove(old);
            old.Dispose();
        }

        statusBar.Add([.. shortcuts]);
    }
}
