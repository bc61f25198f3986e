namespace ExpertRig.Cli;

/// <summary>Which exceptions mean "the user's input is wrong" (exit 2) rather than "ExpertRig has a bug" (exit 1).</summary>
internal static class BadInput
{
    public static bool Recognises(Exception exception) => exception is CliException
        || exception.GetType().Name is "ProfileException" or "CatalogException" or "CatalogLookupException"
            or "BuildFileException" or "PhysicsDataException" or "TemplateException"
        || exception is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException;
}
