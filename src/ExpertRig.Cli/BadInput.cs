using ExpertRig.Domain;

namespace ExpertRig.Cli;

/// <summary>Which exceptions mean "the user's input is wrong" (exit 2) rather than "ExpertRig has a bug" (exit 1).</summary>
internal static class BadInput
{
    public static bool Recognises(Exception exception) => exception
        is UserInputException
        or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException
        || exception.GetType().Name == "TemplateException";
}
