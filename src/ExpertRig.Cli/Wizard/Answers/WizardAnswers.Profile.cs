using System.Globalization;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Cli.Wizard.Answers;

/// <summary>Conversions between the answers and the shared <see cref="Profile"/> model.</summary>
public sealed partial class WizardAnswers
{
    /// <summary>The answers a person accepting every default gives: one default workload and the default budget.</summary>
    public static WizardAnswers Defaults(Catalog catalog)
    {
        var answers = new WizardAnswers();
        answers.Workloads.Add(NewWorkload(catalog, WizardDefaults.ModelId(catalog)));
        return answers;
    }

    /// <summary>The answers a profile file gives, so the questionnaire opens pre-filled.</summary>
    public static WizardAnswers From(Profile profile)
    {
        var answers = new WizardAnswers
        {
            UsersText = Whole(profile.ConcurrentUsers),
            FineTuning = profile.FineTuning,
            OtherGpuWorkloads = profile.OtherGpuWorkloads,
            BudgetText = AnswerText.Dollars(profile.HasBudget ? profile.BudgetUsd : WizardDefaults.BudgetUsd),
            AcceptUsed = profile.AcceptUsed,
            Os = profile.Os,
            Privacy = profile.Privacy,
            Circuit = profile.Circuit,
            ElectricityText = AnswerText.Show(profile.ElectricityUsdPerKwh),
            HoursText = AnswerText.Show(profile.HoursPerDay),
            PowerLimitText = Whole(profile.GpuPowerLimitPercent),
            EccRequired = profile.EccRequired,
            RunTogether = profile.RunTogether,
            MinQuality = profile.MinQuality,
        };
        answers.ImportedModels.AddRange(profile.ImportedModels);
        answers.Workloads.AddRange(profile.Workloads.Select(w => new WorkloadAnswer
        {
            Model = w.Model,
            ModelFile = w.ModelFile,
            Quant = w.Quant,
            ContextText = Whole(w.ContextTokens),
            SpeedText = w.MinTokensPerSecond is { } speed ? AnswerText.Show(speed) : "",
        }));
        answers.Priorities.AddRange(profile.Priorities);
        return answers;
    }

    /// <summary>A new workload for <paramref name="modelId"/> with the profile's default context (capped at the model's maximum).</summary>
    public static WorkloadAnswer NewWorkload(Catalog catalog, string modelId) => new()
    {
        Model = modelId,
        ContextText = Whole(DefaultContext(catalog, modelId)),
    };

    /// <summary>The context a workload gets when the user gives none, as the profile loader computes it.</summary>
    public static int DefaultContext(Catalog catalog, string modelId) =>
        catalog.Models.TryFind(modelId, out var model)
            ? Math.Min(ProfileDefaults.ContextTokens, model.MaxContextTokens)
            : ProfileDefaults.ContextTokens;

    /// <summary>The answers as a profile; throws <see cref="InvalidOperationException"/> naming the first problem when there is one.</summary>
    public Profile ToProfile(Catalog catalog)
    {
        if (Problems(catalog) is [var first, ..])
        {
            throw new InvalidOperationException($"{first.Field}: {first.Message}");
        }

        return new Profile
        {
            Workloads = [.. Workloads.Select(w => new Workload(
                w.Model,
                w.Quant,
                (int)AnswerText.Number(w.ContextText)!.Value,
                w.SpeedText.Trim().Length == 0 ? null : AnswerText.Number(w.SpeedText),
                w.ModelFile))],
            ImportedModels = [.. ImportedModels.Where(m => Workloads.Any(w => w.ModelFile is not null && w.Model == m.Id))],
            BudgetUsd = AnswerText.Number(BudgetText)!.Value,
            ConcurrentUsers = (int)AnswerText.Number(UsersText)!.Value,
            Os = Os,
            Privacy = Privacy,
            AcceptUsed = AcceptUsed,
            Circuit = Circuit,
            ElectricityUsdPerKwh = AnswerText.Number(ElectricityText)!.Value,
            HoursPerDay = AnswerText.Number(HoursText)!.Value,
            GpuPowerLimitPercent = (int)AnswerText.Number(PowerLimitText)!.Value,
            FineTuning = FineTuning,
            OtherGpuWorkloads = OtherGpuWorkloads,
            EccRequired = EccRequired,
            Priorities = Priorities,
            RunTogether = RunTogether,
            MinQuality = MinQuality,
        };
    }

    private static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);
}
