namespace ExpertRig.Domain.Files;

/// <summary>
/// A file the user named that ExpertRig will not read or write as it stands: one line, <c>path: problem</c>, exit 2.
/// </summary>
public sealed class FileAccessException : UserInputException
{
    /// <summary>An error about <paramref name="path"/> (shown as given, control characters escaped).</summary>
    public FileAccessException(string path, string problem)
        : base($"{MessageText.Path(path)}: {problem}")
    {
        Problem = problem;
    }

    /// <summary>The problem without the path.</summary>
    public string Problem { get; }
}
