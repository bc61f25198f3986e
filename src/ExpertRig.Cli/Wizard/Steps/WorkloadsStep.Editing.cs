using System.Globalization;
using ExpertRig.Cli.Wizard.Answers;
using ExpertRig.Domain;
using ExpertRig.Domain.Profiles;
using Terminal.Gui.Input;

namespace ExpertRig.Cli.Wizard.Steps;

/// <summary>Adding, deleting and editing workloads; every edit goes straight to the shared answers.</summary>
internal sealed partial class WorkloadsStep
{
    /// <summary>Alt+A adds a workload, Alt+D deletes the selected one; false for any other key.</summary>
    public override bool HandleKey(Key key)
    {
        if (key == WizardKeys.AddWorkload)
        {
            AddWorkload();
            return true;
        }

        if (key == WizardKeys.DeleteWorkload)
        {
            DeleteWorkload();
            return true;
        }

        return false;
    }

    /// <summary>Adds a workload (a copy of the default model) and selects it for editing.</summary>
    public void AddWorkload()
    {
        if (Answers.Workloads.Count >= ProfileLimits.MaxWorkloads)
        {
            ShowProblems();
            Refuse($"At most {ProfileLimits.MaxWorkloads} workloads: delete one (Alt+D) to add another.");
            return;
        }

        Answers.Workloads.Add(WizardAnswers.NewWorkload(Catalog, WizardDefaults.ModelId(Catalog)));
        workloadItems.Add(Answers.Workloads[^1].Summary);
        Select(Answers.Workloads.Count - 1);
        modelList.SetFocus();
    }

    /// <summary>Deletes the selected workload; with none left, the step shows that one is needed.</summary>
    public void DeleteWorkload()
    {
        if (Answers.Workloads.Count == 0)
        {
            ShowProblems();
            return;
        }

        Answers.Workloads.RemoveAt(selected);
        Load();
        workloadList.SetFocus();
    }

    /// <inheritdoc />
    protected override void OnProblemsShown(IReadOnlyList<AnswerProblem> problems)
    {
        for (var i = 0; i < Answers.Workloads.Count && i < workloadItems.Count; i++)
        {
            var prefix = problems.Any(p => AnswerFields.WorkloadIndex(p.Field) == i) ? "✗ " : "";
            var text = prefix + Answers.Workloads[i].Summary;
            if (workloadItems[i] != text)
            {
                workloadItems[i] = text;
            }
        }
    }

    /// <inheritdoc />
    protected override void OnFocusingProblem(AnswerProblem problem)
    {
        if (AnswerFields.WorkloadIndex(problem.Field) is { } index)
        {
            Select(index);
        }
    }

    private void Select(int index)
    {
        var previous = selected;
        selected = index;
        RenameField(AnswerFields.Workload(previous, AnswerFields.Context), AnswerFields.Workload(index, AnswerFields.Context));
        RenameField(AnswerFields.Workload(previous, AnswerFields.Speed), AnswerFields.Workload(index, AnswerFields.Speed));
        if (loading)
        {
            return;
        }

        if (workloadList.Value != index && index < workloadItems.Count)
        {
            workloadList.Value = index;
        }

        var editing = index < Answers.Workloads.Count;
        modelList.Enabled = quantList.Enabled = context.Enabled = speed.Enabled = editing;
        if (editing)
        {
            loading = true;
            var workload = Answers.Workloads[index];
            // A model the opened profile read from its config.json is in no row of the catalog's list: none is marked.
            var row = Catalog.Models.Select((m, i) => (m, i)).FirstOrDefault(p => p.m.Id == workload.Model);
            modelList.Value = row.m is null ? null : row.i;
            quantList.Text = workload.Quant ?? ChooseForMe;
            context.Text = workload.ContextText;
            speed.Text = workload.SpeedText;
            ShowContextLimit(workload.Model);
            loading = false;
        }
        else
        {
            // Nothing left to edit: the fields must not go on showing the workload just deleted.
            loading = true;
            modelList.Value = null;
            quantList.Text = "";
            context.Text = "";
            speed.Text = "";
            contextLimit.Text = "";
            loading = false;
        }

        ShowProblems();
    }

    private void ChangeModel(int? index)
    {
        if (loading || index is not { } i || i < 0 || i >= Catalog.Models.Count || selected >= Answers.Workloads.Count)
        {
            return;
        }

        var workload = Answers.Workloads[selected];
        var model = Catalog.Models[i].Id;
        // A context still at the old model's default follows the new model's default; one the user typed stays.
        if (workload.ContextText == WizardAnswers.DefaultContext(Catalog, workload.Model).ToString(CultureInfo.InvariantCulture))
        {
            workload.ContextText = WizardAnswers.DefaultContext(Catalog, model).ToString(CultureInfo.InvariantCulture);
            loading = true;
            context.Text = workload.ContextText;
            loading = false;
        }

        workload.Model = model;
        ShowContextLimit(model);
        Edit(_ => { });
    }

    private void ChangeQuant(string text) =>
        Edit(w => w.Quant = text == ChooseForMe || !Catalog.Quantizations.TryFind(text, out var quant) ? null : quant.Name);

    private void Edit(Action<WorkloadAnswer> change)
    {
        if (loading || selected >= Answers.Workloads.Count)
        {
            return;
        }

        change(Answers.Workloads[selected]);
        ShowProblems();
    }

    private void ShowContextLimit(string modelId) =>
        contextLimit.Text = Catalog.Models.TryFind(modelId, out var model)
            ? $"tokens (max {Figures.Number(model.MaxContextTokens, 0)})"
            : "tokens";
}
