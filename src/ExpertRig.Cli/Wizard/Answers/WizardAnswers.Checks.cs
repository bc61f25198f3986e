using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Cli.Wizard.Answers;

/// <summary>The checks that keep the answers inside what a profile file may say (see <see cref="ProfileLimits"/>).</summary>
public sealed partial class WizardAnswers
{
    private static readonly NumberRule Budget = new("a budget in US dollars", "5000", 0, false, ProfileLimits.MaxBudgetUsd, false);
    private static readonly NumberRule Users = new("a number of users", "1", ProfileLimits.MinConcurrentUsers, true, ProfileLimits.MaxConcurrentUsers, true);
    private static readonly NumberRule Electricity = new("a price in US dollars per kWh", "0.15", 0, true, ProfileLimits.MaxElectricityUsdPerKwh, false);
    private static readonly NumberRule Hours = new("hours per day", "8", 0, true, ProfileLimits.MaxHoursPerDay, false);
    private static readonly NumberRule PowerLimit = new("a percentage of rated board power", "70", Domain.Builds.GpuPowerLimit.MinPercent, true, Domain.Builds.GpuPowerLimit.MaxPercent, true);
    private static readonly NumberRule Speed = new("a speed in tokens per second (or leave it blank)", "20", 0, false, ProfileLimits.MaxMinTokensPerSecond, false);

    /// <summary>Every answer that cannot become a profile value, in questionnaire order; empty when the answers are complete.</summary>
    public IReadOnlyList<AnswerProblem> Problems(Catalog catalog)
    {
        var problems = new List<AnswerProblem>();
        if (Workloads.Count < ProfileLimits.MinWorkloads)
        {
            problems.Add(new(AnswerFields.Workloads, "add at least one workload (Alt+A)"));
        }
        else if (Workloads.Count > ProfileLimits.MaxWorkloads)
        {
            problems.Add(new(AnswerFields.Workloads, $"at most {ProfileLimits.MaxWorkloads} workloads; delete one (Alt+D)"));
        }

        for (var i = 0; i < Workloads.Count; i++)
        {
            problems.AddRange(WorkloadProblems(catalog, i));
        }

        problems.AddRange(new[]
        {
            Users.Check(AnswerFields.Users, UsersText),
            Budget.Check(AnswerFields.Budget, BudgetText),
            Electricity.Check(AnswerFields.Electricity, ElectricityText),
            Hours.Check(AnswerFields.Hours, HoursText),
            PowerLimit.Check(AnswerFields.PowerLimit, PowerLimitText),
        }.OfType<AnswerProblem>());
        return problems;
    }

    private IEnumerable<AnswerProblem> WorkloadProblems(Catalog catalog, int index)
    {
        var workload = Workloads[index];
        var model = catalog.Models.TryFind(workload.Model, out var known)
            ? known
            : workload.ModelFile is null ? null : ImportedModels.FirstOrDefault(m => m.Id == workload.Model);
        if (model is null)
        {
            yield return new(AnswerFields.Workload(index, AnswerFields.Model), $"'{workload.Model}' is not a catalog model");
            yield break;
        }

        if (workload.Quant is { } quant && !catalog.Quantizations.Contains(quant))
        {
            yield return new(AnswerFields.Workload(index, AnswerFields.Quant), $"'{quant}' is not a catalog quantization");
        }

        var context = new NumberRule("a context length in tokens", "8192", ProfileLimits.MinContextTokens, true, model.MaxContextTokens, true);
        if (context.Check(AnswerFields.Workload(index, AnswerFields.Context), workload.ContextText) is { } contextProblem)
        {
            // Beside the field the caption already shows the model's maximum; elsewhere the message names the model.
            yield return contextProblem.Message.StartsWith("must be at most", StringComparison.Ordinal)
                ? contextProblem with { Message = $"{contextProblem.Message} ({model.Id}'s maximum)", Brief = contextProblem.Message }
                : contextProblem;
        }

        if (workload.SpeedText.Trim().Length > 0 && Speed.Check(AnswerFields.Workload(index, AnswerFields.Speed), workload.SpeedText) is { } speedProblem)
        {
            yield return speedProblem;
        }
    }
}
