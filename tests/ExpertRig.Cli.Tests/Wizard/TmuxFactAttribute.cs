namespace ExpertRig.Cli.Tests.Wizard;

/// <summary>
/// A test that needs tmux: skipped, with the reason, only where tmux is not installed; in CI (<c>CI=true</c>, where
/// .ci/run installs tmux or fails) it runs regardless, so a missing tmux fails the run instead of skipping the test.
/// </summary>
public sealed class TmuxFactAttribute : FactAttribute
{
    /// <summary>Marks the test skipped when tmux cannot be run.</summary>
    public TmuxFactAttribute()
    {
        if (!TmuxSession.Available && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = "tmux is not installed: the end-to-end wizard test drives the real program in a tmux terminal (apt-get install tmux)";
        }
    }
}
