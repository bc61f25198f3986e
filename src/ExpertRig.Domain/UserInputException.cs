namespace ExpertRig.Domain;

/// <summary>
/// Input the user must fix (a profile, a build file, the catalog or physics data, an option): the message is one line
/// naming the file, key or line and what is allowed. The command line turns it into exit code 2, never a stack trace.
/// </summary>
public abstract class UserInputException : Exception
{
    /// <summary>An input error with its one-line message.</summary>
    protected UserInputException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
