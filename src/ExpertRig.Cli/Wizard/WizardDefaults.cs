using ExpertRig.Domain.Catalog;

namespace ExpertRig.Cli.Wizard;

/// <summary>
/// What the wizard proposes before the user says anything, so that pressing Enter through every step gives a
/// sensible consultation; every other default is the profile's own (<see cref="Domain.Profiles.ProfileDefaults"/>).
/// </summary>
public static class WizardDefaults
{
    /// <summary>The budget proposed on the Budget step: the guide's mid tier (a single high-end GPU workstation).</summary>
    public const double BudgetUsd = 5000;

    /// <summary>The model proposed on the Workloads step: the small model most people start with.</summary>
    public const string PreferredModelId = "llama-3-8b";

    /// <summary>The file Ctrl+S proposes for the report when no --output was given.</summary>
    public const string ReportFileName = "expertrig-report.md";

    /// <summary>The file proposed for the answers saved as a profile when no --profile was given.</summary>
    public const string ProfileFileName = "expertrig-profile.yaml";

    /// <summary>The preferred model when the catalog has it, else the catalog's first model.</summary>
    public static string ModelId(Catalog catalog) =>
        catalog.Models.TryFind(PreferredModelId, out var model) ? model.Id : catalog.Models[0].Id;
}
