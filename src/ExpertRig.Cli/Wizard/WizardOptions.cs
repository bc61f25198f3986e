namespace ExpertRig.Cli.Wizard;

/// <summary>How the wizard was started.</summary>
/// <param name="OutputPath">Where the report is written as soon as the results are ready (--output), or null.</param>
/// <param name="ProfilePath">The profile that pre-filled the answers (--profile), proposed when saving them, or null.</param>
public sealed record WizardOptions(string? OutputPath = null, string? ProfilePath = null)
{
    /// <summary>
    /// The files the wizard read (option → path), which a saved report must not overwrite, as <c>recommend --output</c>
    /// must not (AtomicFile refuses them): the loaded profile.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Inputs =>
        ProfilePath is { } profile ? [new("--profile", profile)] : [];
}
