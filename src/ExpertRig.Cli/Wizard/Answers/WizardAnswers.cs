using ExpertRig.Domain.Profiles;

namespace ExpertRig.Cli.Wizard.Answers;

/// <summary>
/// Everything the questionnaire asks, kept as typed so that Back and Next never lose an answer (even one that is
/// not valid yet); <see cref="Problems"/> says what stops it becoming a <see cref="Profile"/>.
/// </summary>
public sealed partial class WizardAnswers
{
    /// <summary>The models the user will run (1 to 8).</summary>
    public List<WorkloadAnswer> Workloads { get; } = [];

    /// <summary>Concurrent users, as typed.</summary>
    public string UsersText { get; set; } = ProfileDefaults.ConcurrentUsers.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether LoRA/QLoRA fine-tuning must run on the machine.</summary>
    public bool FineTuning { get; set; } = ProfileDefaults.FineTuning;

    /// <summary>Whether the machine also serves gaming, video or image generation.</summary>
    public bool OtherGpuWorkloads { get; set; } = ProfileDefaults.OtherGpuWorkloads;

    /// <summary>The total budget in US dollars, as typed.</summary>
    public string BudgetText { get; set; } = AnswerText.Dollars(WizardDefaults.BudgetUsd);

    /// <summary>Whether used hardware is acceptable.</summary>
    public bool AcceptUsed { get; set; } = ProfileDefaults.AcceptUsed;

    /// <summary>The operating system the machine must run.</summary>
    public OperatingSystemChoice Os { get; set; } = ProfileDefaults.Os;

    /// <summary>Whether the machine must be air-gapped.</summary>
    public Privacy Privacy { get; set; } = ProfileDefaults.Privacy;

    /// <summary>The household circuit the machine plugs into.</summary>
    public Circuit Circuit { get; set; } = ProfileDefaults.Circuit;

    /// <summary>Electricity price in US dollars per kWh, as typed.</summary>
    public string ElectricityText { get; set; } = AnswerText.Show(ProfileDefaults.ElectricityUsdPerKwh);

    /// <summary>Hours of use per day, as typed.</summary>
    public string HoursText { get; set; } = AnswerText.Show(ProfileDefaults.HoursPerDay);

    /// <summary>The GPU power limit as typed, in percent of rated board power (100: no limit).</summary>
    public string PowerLimitText { get; set; } = Domain.Builds.GpuPowerLimit.StockPercent.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether ECC system memory is demanded.</summary>
    public bool EccRequired { get; set; } = ProfileDefaults.EccRequired;

    /// <summary>Profile key run_together, carried through unchanged (the wizard asks no question for it).</summary>
    public bool RunTogether { get; set; } = ProfileDefaults.RunTogether;

    /// <summary>Profile key min_quality, carried through unchanged (the wizard asks no question for it).</summary>
    public string? MinQuality { get; set; }

    /// <summary>What the ranking should favour, most important first.</summary>
    public List<Priority> Priorities { get; } = [];

    /// <summary>
    /// Models the opened profile read from <c>model_file:</c> config.json files, which its workloads may name beside
    /// the catalog's; carried into the profile the answers make so a consultation and a save keep them.
    /// </summary>
    public List<Domain.Catalog.LanguageModel> ImportedModels { get; } = [];
}
