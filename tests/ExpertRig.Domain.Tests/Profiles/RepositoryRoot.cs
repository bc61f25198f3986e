namespace ExpertRig.Domain.Tests.Profiles;

/// <summary>Finds the clone's root (the folder holding ExpertRig.sln) from the test binaries' folder.</summary>
internal static class RepositoryRoot
{
    /// <summary>The repository root; throws when the tests run outside a clone.</summary>
    public static string Path { get; } = Find();

    /// <summary>The example profiles under docs/examples, by file name.</summary>
    public static string ExamplesFolder => System.IO.Path.Combine(Path, "docs", "examples");

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "ExpertRig.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No ExpertRig.sln above {AppContext.BaseDirectory}.");
    }
}
