using ExpertRig.Cli.Wizard.Answers;
using ExpertRig.Domain.Catalog;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ExpertRig.Cli.Wizard.Steps;

/// <summary>
/// A questionnaire step: it shows the shared answers, writes every change straight back to them, and shows each
/// problem on the line under its field (so Next never loses an answer and never moves on past a bad one).
/// </summary>
internal abstract class QuestionStep : WizardStep
{
    private readonly Dictionary<string, (OneLine Error, View Field)> fields = [];

    protected QuestionStep(string title, WizardAnswers answers, Catalog catalog)
    {
        Title = title;
        Answers = answers;
        Catalog = catalog;
    }

    /// <summary>Raised whenever the step is shown to have no problem left.</summary>
    public event EventHandler? Resolved;

    /// <summary>Raised when the step refuses what a key asked for, with the reason to show.</summary>
    public event EventHandler<string>? Refused;

    /// <summary>The answers every step shares.</summary>
    protected WizardAnswers Answers { get; }

    /// <summary>The catalog the choices come from.</summary>
    protected Catalog Catalog { get; }

    /// <summary>The field that gets the focus when the step opens.</summary>
    public abstract View FirstField { get; }

    /// <summary>Fills the fields from the answers (when the step opens, and after a profile was loaded).</summary>
    public abstract void Load();

    /// <summary>Whether a problem's field is on this step.</summary>
    public abstract bool Owns(string field);

    /// <summary>Shows this step's problems beside their fields; true when there is none.</summary>
    public bool ShowProblems()
    {
        var problems = Answers.Problems(Catalog).Where(p => Owns(p.Field)).ToList();
        foreach (var (key, (error, _)) in fields)
        {
            var problem = problems.FirstOrDefault(p => p.Field == key);
            error.Line = problem is null ? "" : "✗ " + problem.BesideField;
        }

        OnProblemsShown(problems);
        if (problems.Count == 0)
        {
            Resolved?.Invoke(this, EventArgs.Empty);
        }

        return problems.Count == 0;
    }

    /// <summary>Moves the focus to the first field with a problem, or to <see cref="FirstField"/>.</summary>
    public void FocusFirstProblem()
    {
        var problem = Answers.Problems(Catalog).FirstOrDefault(p => Owns(p.Field));
        if (problem is not null)
        {
            OnFocusingProblem(problem);
        }

        var target = problem is not null && fields.TryGetValue(problem.Field, out var entry) ? entry.Field : FirstField;
        target.SetFocus();
    }

    /// <summary>Handles a key that only this step knows (the status bar handles the rest); true when handled.</summary>
    public virtual bool HandleKey(Key key) => false;

    /// <summary>Called after the problems were shown, for steps that also mark them elsewhere.</summary>
    protected virtual void OnProblemsShown(IReadOnlyList<AnswerProblem> problems)
    {
    }

    /// <summary>Called before the focus moves to <paramref name="problem"/>'s field, for steps that must show it first.</summary>
    protected virtual void OnFocusingProblem(AnswerProblem problem)
    {
    }

    /// <summary>Says why a key did nothing.</summary>
    protected void Refuse(string reason) => Refused?.Invoke(this, reason);

    /// <summary>
    /// Adds the error line for <paramref name="field"/> under <paramref name="anchor"/>, indented to <paramref name="x"/>:
    /// one row, so a long message is cut rather than written over the field below.
    /// </summary>
    protected OneLine AddErrorLine(string field, View anchor, Pos x, View? focusTarget = null)
    {
        var error = new OneLine { X = x, Y = Pos.Bottom(anchor), Width = Dim.Fill(), SchemeName = "Error" };
        Add(error);
        fields[field] = (error, focusTarget ?? anchor);
        return error;
    }

    /// <summary>Re-points the error line of <paramref name="field"/> (workload fields change key with the selected workload).</summary>
    protected void RenameField(string oldField, string newField)
    {
        if (oldField != newField && fields.Remove(oldField, out var entry))
        {
            fields[newField] = entry;
        }
    }
}
