namespace ExpertRig.Cli;

/// <summary>The process exit codes of <c>expertrig</c>.</summary>
public static class ExitCodes
{
    /// <summary>Success, including "no feasible build" (a valid answer).</summary>
    public const int Success = 0;

    /// <summary>An unexpected failure inside ExpertRig (a bug): reported in one line, never a stack trace.</summary>
    public const int InternalError = 1;

    /// <summary>Bad input: a profile, build, catalog, option or path the user must fix.</summary>
    public const int BadInput = 2;
}
