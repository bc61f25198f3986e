namespace ExpertRig.Testing;

/// <summary>
/// Paths in the clone (examples, docs, expected files), found by walking up from the test binaries to ExpertRig.sln.
/// One source file, compiled into every test project by tests/Directory.Build.props.
/// </summary>
internal static class Repository
{
    /// <summary>The folder that holds ExpertRig.sln; throws when the tests run outside a clone.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path below the repository root.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>A file of docs/examples, by name.</summary>
    public static string Example(string name) => Path("docs", "examples", name);

    /// <summary>The example profiles of docs/examples, in name order.</summary>
    public static IReadOnlyList<string> ExampleProfiles =>
        [.. Directory.GetFiles(Path("docs", "examples"), "*.yaml").Order(StringComparer.Ordinal)];

    /// <summary>The file names of the example profiles, in name order.</summary>
    public static IReadOnlyList<string> ExampleProfileNames => [.. ExampleProfiles.Select(p => System.IO.Path.GetFileName(p))];

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

        throw new InvalidOperationException($"ExpertRig.sln not found above {AppContext.BaseDirectory}");
    }
}
