namespace ExpertRig.Domain.Profiles;

/// <summary>
/// A profile that cannot be used, reported in one line as <c>file:line:column: problem</c> so the command line
/// can print it as it stands.
/// </summary>
public sealed class ProfileException : UserInputException
{
    /// <summary>Creates an error about <paramref name="sourceName"/>, at a position when one is known (1-based).</summary>
    public ProfileException(string sourceName, int? line, int? column, string problem)
        : base(Format(sourceName, line, column, problem))
    {
        SourceName = sourceName;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The file path (or name given to <see cref="ProfileLoader.Parse"/>) the error is about.</summary>
    public string SourceName { get; }

    /// <summary>1-based line of the offending text, or null for whole-file problems.</summary>
    public int? Line { get; }

    /// <summary>1-based column of the offending text, or null for whole-file problems.</summary>
    public int? Column { get; }

    /// <summary>The problem without its location.</summary>
    public string Problem { get; }

    private static string Format(string sourceName, int? line, int? column, string problem)
    {
        var location = line is null ? sourceName
            : column is null ? $"{sourceName}:{line}"
            : $"{sourceName}:{line}:{column}";

        // One line, always: a newline from a parser message or a pasted value would break the CLI's error format.
        return $"{location}: {problem.ReplaceLineEndings(" ")}";
    }
}
