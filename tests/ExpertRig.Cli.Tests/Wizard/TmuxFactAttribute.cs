namespace ExpertRig.Cli.Tests.Wizard;

/// <summary>A test that needs tmux: skipped, with the reason, only where tmux is not installed (CI installs it).</summary>
public sealed class TmuxFactAttribute : FactAttribute
{
    /// <summary>Marks the test skipped when tmux cannot be run.</summary>
    public TmuxFactAttribute()
    {
        if (!TmuxSession.Available)
        {
            Skip = "tmux is not installed: the end-to-end wizard test drives the real program in a tmux terminal (apt-get install tmux)";
        }
    }
}
