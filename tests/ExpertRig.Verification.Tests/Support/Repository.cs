namespace ExpertRig.Verification.Tests.Support;

/// <summary>Paths in the repository (examples, docs), found by walking up from the test binaries to ExpertRig.sln.</summary>
internal static class Repository
{
    /// <summary>The folder that holds ExpertRig.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path below the repository root.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>The example profiles of docs/examples, in name order.</summary>
    public static IReadOnlyList<string> ExampleProfiles =>
        [.. Directory.GetFiles(Path("docs", "examples"), "*.yaml").Order(StringComparer.Ordinal)];

    /// <summary>The example build files of docs/examples/builds, in name order.</summary>
    public static IReadOnlyList<string> ExampleBuilds =>
        [.. Directory.GetFiles(Path("docs", "examples", "builds"), "*.yaml").Order(StringComparer.Ordinal)];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ExpertRig.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ExpertRig.sln not found above " + AppContext.BaseDirectory);
    }
}
