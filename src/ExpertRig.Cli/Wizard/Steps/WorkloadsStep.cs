using System.Collections.ObjectModel;
using ExpertRig.Cli.Wizard.Answers;
using ExpertRig.Domain;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Profiles;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ExpertRig.Cli.Wizard.Steps;

/// <summary>
/// Step 1: the models the user will run. The list on the left holds the workloads (Alt+A adds, Alt+D deletes);
/// the fields on the right edit the selected one: model from the catalog, quantization or "choose for me",
/// context and speed target.
/// </summary>
internal sealed partial class WorkloadsStep : QuestionStep
{
    /// <summary>The quantization entry that leaves the choice to the rule base.</summary>
    public const string ChooseForMe = "choose for me";

    private const int EditorX = 36;
    private const int CaptionWidth = 9;
    private readonly ObservableCollection<string> workloadItems = [];
    private readonly ListView workloadList;
    private readonly ListView modelList;
    private readonly PickList quantList;
    private readonly TextField context;
    private readonly TextField speed;
    private readonly Label contextLimit;
    private readonly int modelIdWidth;
    private int selected;
    private bool loading;

    public WorkloadsStep(WizardAnswers answers, Catalog catalog)
        : base("Workloads", answers, catalog)
    {
        Add(StepControls.Label("What will you run? Alt+A add a workload · Alt+D delete it · Tab next field", 0, 0));
        Add(StepControls.Label($"Workloads ({ProfileLimits.MinWorkloads}–{ProfileLimits.MaxWorkloads})", 0, 2));
        workloadList = new ListView { X = 0, Y = 3, Width = EditorX - 2, Height = 6 };
        workloadList.SetSource(workloadItems);
        workloadList.ValueChanged += (_, e) => Select(e.NewValue ?? 0);
        Add(workloadList);
        AddErrorLine(AnswerFields.Workloads, workloadList, 0);

        Add(StepControls.Label("Model", EditorX, 2));
        // The id column is as wide as the longest id, so every line's numbers stay in their columns.
        modelIdWidth = catalog.Models.Max(m => m.Id.Length) + 1;
        modelList = new ListView { X = EditorX, Y = 3, Width = Dim.Fill(), Height = 6 };
        modelList.SetSource(new ObservableCollection<string>(catalog.Models.Select(ModelLine)));
        modelList.ValueChanged += (_, e) => ChangeModel(e.NewValue);
        Add(modelList);

        // ↑↓ step through the quantizations without opening the list, so the caption says so.
        Add(StepControls.Label("Quant ↑↓", EditorX, 10));
        quantList = new PickList { X = EditorX + CaptionWidth, Y = 10, Width = Dim.Fill(), ReadOnly = true };
        quantList.Source = new ListWrapper<string>(new ObservableCollection<string>([ChooseForMe, .. catalog.Quantizations.Select(q => q.Name)]));
        quantList.TextChanged += (_, _) => ChangeQuant(quantList.Text);
        Add(quantList);

        Add(StepControls.Label("Context", EditorX, 11));
        context = StepControls.Field("", EditorX + CaptionWidth, 11, 9, text => Edit(w => w.ContextText = text));
        contextLimit = StepControls.Label("", Pos.Right(context) + 1, 11);
        contextLimit.Width = Dim.Fill();
        Add(context, contextLimit);
        AddErrorLine(AnswerFields.Workload(0, AnswerFields.Context), context, EditorX);

        Add(StepControls.Label("Speed", EditorX, 13));
        speed = StepControls.Field("", EditorX + CaptionWidth, 13, 9, text => Edit(w => w.SpeedText = text));
        Add(speed, StepControls.Label("tok/s/user, blank: any", Pos.Right(speed) + 1, 13));
        AddErrorLine(AnswerFields.Workload(0, AnswerFields.Speed), speed, EditorX);
    }

    /// <inheritdoc />
    public override View FirstField => modelList;

    /// <inheritdoc />
    public override void Load()
    {
        loading = true;
        workloadItems.Clear();
        foreach (var workload in Answers.Workloads)
        {
            workloadItems.Add(workload.Summary);
        }

        loading = false;
        Select(Math.Clamp(selected, 0, Math.Max(0, Answers.Workloads.Count - 1)));
    }

    /// <inheritdoc />
    public override bool Owns(string field) => AnswerFields.IsWorkload(field);

    private string ModelLine(LanguageModel model) =>
        $"{model.Id.PadRight(modelIdWidth)}{Figures.Number(model.ParamsTotalB),6}B {model.MaxContextTokens / 1024,4}k ctx";
}
