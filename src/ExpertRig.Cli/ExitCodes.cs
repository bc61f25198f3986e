namespace ExpertRig.Cli;

/// <summary>The process exit codes of <c>expertrig</c>.</summary>
public static class ExitCodes
{
    /// <summary>Success, including "no feasible build" (a valid answer).</summary>
    public const int Success = 0;

    /// <summary>An unexpected failure inside ExpertRig (a bug): reported in one line, never a stack trace.</summary>
    public const int InternalError = 1;

    /// <summary><c>check</c>: the build breaks a hard constraint or is incomplete (shares the value 1 with <see cref="InternalError"/>, which other commands use).</summary>
    public const int ConstraintBroken = 1;

    /// <summary>Bad input: a profile, build, catalog, option or path the user must fix.</summary>
    public const int BadInput = 2;
}
