using ExpertRig.Cli.Wizard.Answers;
using ExpertRig.Domain.Catalog;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ExpertRig.Cli.Wizard.Steps;

/// <summary>Step 3: the price ceiling, and whether used hardware is acceptable.</summary>
internal sealed class BudgetStep : QuestionStep
{
    private const int FieldX = 20;
    private readonly TextField budget;
    private readonly CheckBox used;

    public BudgetStep(WizardAnswers answers, Catalog catalog)
        : base("Budget", answers, catalog)
    {
        Add(StepControls.Label("The price ceiling for the whole machine, in US dollars.", 0, 0));
        Add(StepControls.Label("Total budget (US$)", 0, 2));
        budget = StepControls.Field(answers.BudgetText, FieldX, 2, 14, text => { Answers.BudgetText = text; ShowProblems(); });
        Add(budget, StepControls.Label("e.g. 5000 or $5,000", Pos.Right(budget) + 1, 2));
        AddErrorLine(AnswerFields.Budget, budget, FieldX);
        used = StepControls.Check("Used hardware is fine (used GPUs such as the RTX 3090, at used prices)", 0, 5, answers.AcceptUsed, v => Answers.AcceptUsed = v);
        Add(used);
        Add(StepControls.Label("Space ticks a box · Tab moves between fields", 0, 7));
    }

    /// <inheritdoc />
    public override View FirstField => budget;

    /// <inheritdoc />
    public override void Load()
    {
        budget.Text = Answers.BudgetText;
        StepControls.Set(used, Answers.AcceptUsed);
        ShowProblems();
    }

    /// <inheritdoc />
    public override bool Owns(string field) => field == AnswerFields.Budget;
}
