using ExpertRig.Cli.Wizard.Answers;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Profiles;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ExpertRig.Cli.Wizard.Steps;

/// <summary>Step 2: how many people use the machine at once, and what else it must do.</summary>
internal sealed class UsageStep : QuestionStep
{
    private const int FieldX = 20;
    private readonly TextField users;
    private readonly CheckBox fineTuning;
    private readonly CheckBox otherUses;

    public UsageStep(WizardAnswers answers, Catalog catalog)
        : base("Users and use", answers, catalog)
    {
        Add(StepControls.Label("How many people generate tokens at the same time, and what else runs on it.", 0, 0));
        Add(StepControls.Label("Concurrent users", 0, 2));
        users = StepControls.Field(answers.UsersText, FieldX, 2, 8, text => { Answers.UsersText = text; ShowProblems(); });
        Add(users, StepControls.Label($"people ({ProfileLimits.MinConcurrentUsers}–{ProfileLimits.MaxConcurrentUsers})", Pos.Right(users) + 1, 2));
        AddErrorLine(AnswerFields.Users, users, FieldX);
        fineTuning = StepControls.Check("Fine-tuning: LoRA/QLoRA training runs on this machine", 0, 5, answers.FineTuning, v => Answers.FineTuning = v);
        otherUses = StepControls.Check("Other GPU uses: gaming, video or image generation", 0, 6, answers.OtherGpuWorkloads, v => Answers.OtherGpuWorkloads = v);
        Add(fineTuning, otherUses);
        Add(StepControls.Label("Space ticks a box · Tab moves between fields", 0, 8));
    }

    /// <inheritdoc />
    public override View FirstField => users;

    /// <inheritdoc />
    public override void Load()
    {
        users.Text = Answers.UsersText;
        StepControls.Set(fineTuning, Answers.FineTuning);
        StepControls.Set(otherUses, Answers.OtherGpuWorkloads);
        ShowProblems();
    }

    /// <inheritdoc />
    public override bool Owns(string field) => field == AnswerFields.Users;
}
