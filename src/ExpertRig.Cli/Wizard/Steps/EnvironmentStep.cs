using System.Collections.ObjectModel;
using ExpertRig.Cli.Wizard.Answers;
using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Profiles;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ExpertRig.Cli.Wizard.Steps;

/// <summary>Step 4: where the machine runs: operating system, privacy, circuit, electricity, hours, GPU power limit and ECC.</summary>
internal sealed class EnvironmentStep : QuestionStep
{
    private const int FieldX = 14;
    private readonly OptionSelector os;
    private readonly OptionSelector privacy;
    private readonly PickList circuit;
    private readonly TextField electricity;
    private readonly TextField hours;
    private readonly TextField powerLimit;
    private readonly CheckBox ecc;

    public EnvironmentStep(WizardAnswers answers, Catalog catalog)
        : base("Environment", answers, catalog)
    {
        Add(StepControls.Label("Where the machine runs. ←→ choose an option · F4 open the list · Tab next", 0, 0));
        Add(StepControls.Label("System", 0, 2), StepControls.Label("Privacy", 0, 3), StepControls.Label("Circuit", 0, 4));
        os = StepControls.Choice(ProfileTokens.OperatingSystems, FieldX, 2, v => Answers.Os = v);
        privacy = StepControls.Choice(ProfileTokens.Privacies, FieldX, 3, v => Answers.Privacy = v);
        // Nine circuits (US and 230 V sockets) do not fit one row at 80 columns: a drop-down, like the quantization.
        circuit = new PickList { X = FieldX, Y = 4, Width = 16, ReadOnly = true, Text = ProfileTokens.ToToken(answers.Circuit) };
        circuit.Source = new ListWrapper<string>(new ObservableCollection<string>(ProfileTokens.Circuits.Select(c => c.Key)));
        circuit.TextChanged += (_, _) =>
        {
            foreach (var option in ProfileTokens.Circuits.Where(c => c.Key == circuit.Text))
            {
                Answers.Circuit = option.Value;
            }
        };
        Add(os, privacy, circuit);

        Add(StepControls.Label("Electricity", 0, 6));
        electricity = StepControls.Field(answers.ElectricityText, FieldX, 6, 8, text => { Answers.ElectricityText = text; ShowProblems(); });
        Add(electricity, StepControls.Label("US$ per kWh", Pos.Right(electricity) + 1, 6));
        AddErrorLine(AnswerFields.Electricity, electricity, FieldX);

        Add(StepControls.Label("Use per day", 0, 8));
        hours = StepControls.Field(answers.HoursText, FieldX, 8, 8, text => { Answers.HoursText = text; ShowProblems(); });
        Add(hours, StepControls.Label($"hours (0–{Figures.Number(ProfileLimits.MaxHoursPerDay, 0)})", Pos.Right(hours) + 1, 8));
        AddErrorLine(AnswerFields.Hours, hours, FieldX);

        Add(StepControls.Label("GPU power", 0, 10));
        powerLimit = StepControls.Field(answers.PowerLimitText, FieldX, 10, 8, text => { Answers.PowerLimitText = text; ShowProblems(); });
        Add(powerLimit, StepControls.Label($"% of rated board power ({GpuPowerLimit.MinPercent}–{GpuPowerLimit.MaxPercent}; 100 = no limit)", Pos.Right(powerLimit) + 1, 10));
        AddErrorLine(AnswerFields.PowerLimit, powerLimit, FieldX);

        ecc = StepControls.Check("ECC memory required", 0, 12, answers.EccRequired, v => Answers.EccRequired = v);
        Add(ecc);
    }

    /// <inheritdoc />
    public override View FirstField => os;

    /// <inheritdoc />
    public override void Load()
    {
        StepControls.Set(os, ProfileTokens.OperatingSystems, Answers.Os);
        StepControls.Set(privacy, ProfileTokens.Privacies, Answers.Privacy);
        circuit.Text = ProfileTokens.ToToken(Answers.Circuit);
        electricity.Text = Answers.ElectricityText;
        hours.Text = Answers.HoursText;
        powerLimit.Text = Answers.PowerLimitText;
        StepControls.Set(ecc, Answers.EccRequired);
        ShowProblems();
    }

    /// <inheritdoc />
    public override bool Owns(string field) => field is AnswerFields.Electricity or AnswerFields.Hours or AnswerFields.PowerLimit;
}
