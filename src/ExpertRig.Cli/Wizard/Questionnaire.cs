using ExpertRig.Cli.Wizard.Answers;
using ExpertRig.Cli.Wizard.Steps;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Profiles;
using Terminal.Gui.ViewBase;

namespace ExpertRig.Cli.Wizard;

/// <summary>
/// The six questionnaire steps in a Terminal.Gui <see cref="Terminal.Gui.Views.Wizard"/>: Workloads, Users and
/// use, Budget, Environment, Priorities, Review. Every step edits the same <see cref="WizardAnswers"/>, so Back
/// and Next keep them; Next stays put while a step has a problem.
/// </summary>
internal sealed class Questionnaire : Terminal.Gui.Views.Wizard
{
    private readonly WizardAnswers answers;
    private readonly Catalog catalog;
    private readonly List<QuestionStep> steps;

    public Questionnaire(WizardAnswers answers, Catalog catalog)
    {
        this.answers = answers;
        this.catalog = catalog;
        Title = "ExpertRig";
        Width = Dim.Fill();
        Height = Dim.Fill();
        steps =
        [
            new WorkloadsStep(answers, catalog),
            new UsageStep(answers, catalog),
            new BudgetStep(answers, catalog),
            new EnvironmentStep(answers, catalog),
            new PrioritiesStep(answers, catalog),
            new ReviewStep(answers, catalog),
        ];
        for (var i = 0; i < steps.Count; i++)
        {
            steps[i].Title = $"{i + 1}/{steps.Count} {steps[i].Title}";
            steps[i].Load();
            steps[i].Resolved += (_, _) => Resolved?.Invoke(this, EventArgs.Empty);
            steps[i].Refused += (_, reason) => Refused?.Invoke(this, reason);
            AddStep(steps[i]);
        }

        FitSteps();

        MovingNext += (_, e) => e.Cancel = !CanLeave(Current);
        StepChanged += (_, _) => Open(Current);
        Accepting += (_, e) =>
        {
            // Finish must not close anything: the window swaps the questionnaire for the results.
            e.Handled = true;
            Finish();
        };
    }

    /// <summary>Raised by Finish with the profile the answers make.</summary>
    public event EventHandler<Profile>? Finished;

    /// <summary>Raised when a step's answers have no problem left (so an earlier refusal no longer applies).</summary>
    public event EventHandler? Resolved;

    /// <summary>Raised when Next (or a step's own key) was refused, with the reason to show.</summary>
    public event EventHandler<string>? Refused;

    /// <summary>The step on show.</summary>
    public QuestionStep Current => (QuestionStep?)CurrentStep ?? steps[0];

    /// <summary>The steps in order.</summary>
    public IReadOnlyList<QuestionStep> Steps => steps;

    /// <summary>Goes to the previous step; false on the first one.</summary>
    public bool Back()
    {
        if (ReferenceEquals(Current, steps[0]))
        {
            return false;
        }

        GoBack();
        return true;
    }

    /// <summary>Shows the review step again (coming back from the results).</summary>
    public void ShowReview() => GoToStep(steps[^1]);

    /// <summary>Gives the focus to the current step's first field.</summary>
    public void FocusCurrent() => Open(Current);

    /// <inheritdoc />
    public override void EndInit()
    {
        base.EndInit();
        FitSteps();
    }

    // The wizard gives every step at least the size of the largest step's content, which in a small terminal makes a
    // step larger than what shows (the review's "more lines" hint ends up hidden under the buttons): fit them instead.
    private void FitSteps()
    {
        foreach (var step in steps)
        {
            step.Width = Dim.Fill();
            step.Height = Dim.Fill();
        }
    }

    private void Open(QuestionStep step)
    {
        FitSteps();
        step.Load();
        step.FirstField.SetFocus();
    }

    private bool CanLeave(QuestionStep step)
    {
        if (step.ShowProblems())
        {
            return true;
        }

        step.FocusFirstProblem();
        Refused?.Invoke(this, "Fix the answer marked ✗ to go on (Alt+B goes back).");
        return false;
    }

    private void Finish()
    {
        var problem = answers.Problems(catalog).FirstOrDefault();
        if (problem is null)
        {
            Finished?.Invoke(this, answers.ToProfile(catalog));
            return;
        }

        var step = steps.First(s => s.Owns(problem.Field));
        GoToStep(step);
        step.ShowProblems();
        step.FocusFirstProblem();
        Refused?.Invoke(this, $"{step.Title}: {problem.Message}");
    }
}
