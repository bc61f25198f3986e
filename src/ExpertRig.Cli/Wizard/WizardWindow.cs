using ExpertRig.Cli.Wizard.Answers;
using ExpertRig.Cli.Wizard.Results;
using ExpertRig.Cli.Wizard.Steps;
using ExpertRig.Domain.Catalog;
using Terminal.Gui.App;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ExpertRig.Cli.Wizard;

/// <summary>
/// The wizard's one window: the questionnaire, then the results, a build's page and its "Why?", with a message line
/// and a status bar that shows every key the current screen answers to.
/// </summary>
public sealed partial class WizardWindow : Window
{
    private readonly IApplication app;
    private readonly Advisor.Advisor advisor;
    private readonly WizardOptions options;
    private readonly Catalog catalog;
    private readonly Questionnaire questionnaire;
    private readonly ResultsScreen results = new() { Visible = false };
    private readonly PageScreen buildPage = new() { Visible = false };
    private readonly PageScreen whyPage = new() { Visible = false };
    private readonly SmallTerminalNotice smallTerminal = new();
    private readonly View content = new() { Width = Dim.Fill(), CanFocus = true };
    private readonly MessageArea message = new() { X = 0, Width = Dim.Fill(), SchemeName = "Accent" };
    private readonly StatusBar statusBar = new();
    private WizardScreen screen;
    private bool refused;

    /// <summary>Creates the window for <paramref name="app"/>, asking <paramref name="answers"/> first.</summary>
    public WizardWindow(IApplication app, Advisor.Advisor advisor, WizardAnswers answers, WizardOptions options)
    {
        this.app = app;
        this.advisor = advisor;
        this.options = options;
        catalog = advisor.Knowledge.Catalog;
        Answers = answers;
        BorderStyle = LineStyle.None;
        questionnaire = new Questionnaire(answers, catalog);
        questionnaire.Finished += (_, profile) => Consult(profile);
        questionnaire.Refused += (_, reason) =>
        {
            Say(reason);
            refused = true;
        };
        questionnaire.Resolved += (_, _) =>
        {
            if (refused)
            {
                Say("");
                refused = false;
            }
        };
        questionnaire.StepChanged += (_, _) =>
        {
            Say("");
            ShowKeys();
            FitToTerminal();
        };
        results.Opened += (_, build) => OpenBuild(build);
        content.Add(questionnaire, results, buildPage, whyPage, smallTerminal);
        FrameChanged += (_, _) => FitToTerminal();
        // The message takes one row above the status bar, two when it needs them; the screens get the rest.
        message.Height = Dim.Func(_ => MessageRows);
        message.Y = Pos.Func(_ => Viewport.Height - 1 - MessageRows);
        content.Height = Dim.Func(_ => Math.Max(0, Viewport.Height - 1 - MessageRows));
        Add(content, message, statusBar);
        app.Keyboard.KeyDown += OnKeyDown;
        app.Iteration += OnIteration;
        Show(WizardScreen.Questions);
    }

    /// <summary>The answers, as edited so far.</summary>
    public WizardAnswers Answers { get; }

    /// <summary>The screen on show.</summary>
    public WizardScreen Screen => screen;

    /// <summary>The latest results, or null before the first consultation.</summary>
    public WizardOutcome? Outcome { get; private set; }

    /// <summary>The whole text of the page on show (a build, its "Why?", or the review), beyond what fits on screen.</summary>
    public IReadOnlyList<string> PageText => screen switch
    {
        WizardScreen.Build => buildPage.Lines,
        WizardScreen.Why => whyPage.Lines,
        WizardScreen.Questions when questionnaire.Current is ReviewStep review => review.Lines,
        _ => [],
    };

    /// <summary>The text of the message line.</summary>
    public string Message => message.Message;

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            app.Keyboard.KeyDown -= OnKeyDown;
            app.Iteration -= OnIteration;
        }

        base.Dispose(disposing);
    }

    private void Show(WizardScreen next)
    {
        screen = next;
        questionnaire.Visible = next == WizardScreen.Questions;
        results.Visible = next == WizardScreen.Results;
        buildPage.Visible = next == WizardScreen.Build;
        whyPage.Visible = next == WizardScreen.Why;
        ShowKeys();
        if (FitToTerminal())
        {
            return;
        }

        switch (next)
        {
            case WizardScreen.Questions:
                questionnaire.FocusCurrent();
                break;
            case WizardScreen.Results:
                results.FocusList();
                break;
            case WizardScreen.Build:
                buildPage.FocusText();
                break;
            default:
                whyPage.FocusText();
                break;
        }
    }

    private int MessageRows => message.RowsAt(Viewport.Width);

    /// <summary>True while a question step waits for a larger terminal (its fields would be cut off).</summary>
    private bool WaitingForLargerTerminal => smallTerminal.Visible;

    /// <summary>
    /// Swaps a question step for <see cref="SmallTerminalNotice"/> while the terminal is too small for it, and back
    /// (with the focus on the step) when it has grown; true while the notice shows.
    /// </summary>
    private bool FitToTerminal()
    {
        var wait = screen == WizardScreen.Questions && questionnaire.Current is not ReviewStep && !SmallTerminalNotice.Fits(Frame.Size);
        var waited = smallTerminal.Visible;
        smallTerminal.Visible = wait;
        questionnaire.Visible = screen == WizardScreen.Questions && !wait;
        if (wait != waited)
        {
            ShowKeys();
        }

        if (wait)
        {
            smallTerminal.Show(questionnaire.Current.Title, Frame.Size);
            smallTerminal.SetFocus();
        }
        else if (waited && screen == WizardScreen.Questions)
        {
            questionnaire.FocusCurrent();
        }

        return wait;
    }

    private void Say(string text) => message.Message = text;
}
