namespace ExpertRig.Reporting.Tests.Support;

/// <summary>Paths in the repository (examples, expected reports), found by walking up to ExpertRig.sln.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string Example(string name) => Path("docs", "examples", name);

    public static IEnumerable<string> ExampleNames() =>
        Directory.GetFiles(Path("docs", "examples"), "*.yaml").Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal)!;

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
