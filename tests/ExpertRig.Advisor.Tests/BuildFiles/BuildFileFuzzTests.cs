using CsCheck;
using ExpertRig.Advisor;

namespace ExpertRig.Advisor.Tests.BuildFiles;

/// <summary>
/// Mutates the example build files character by character and line by line: whatever comes out, the build loader
/// either returns a build or throws a one-line <see cref="BuildFileException"/> naming the file, never anything else.
/// </summary>
public sealed class BuildFileFuzzTests
{
    private const string SourceName = "fuzz.yaml";

    private static readonly string[] Seeds =
        [.. Directory.GetFiles(Repository.Path("docs", "examples", "builds"), "*.yaml").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    [Fact]
    public void Throws_OnlyBuildFileException_ForMutatedBuildFiles()
    {
        var catalog = Advisor.Default.Knowledge.Catalog;
        var parsed = 0;
        var rejected = 0;

        Gen.Select(Gen.Int[0, Seeds.Length - 1], Mutations.TextEdits).Sample(
            (seed, edits) =>
            {
                try
                {
                    BuildFile.Parse(Mutations.Apply(Seeds[seed], edits), SourceName, catalog).Components.ShouldNotBeNull();
                    Interlocked.Increment(ref parsed);
                }
                catch (BuildFileException error)
                {
                    error.Message.ShouldStartWith(SourceName + ":");
                    error.Message.ShouldNotContain('\n');
                    error.Message.ShouldNotContain('\r');
                    error.Message.ShouldNotContain('\u001B');
                    error.Message.Length.ShouldBeLessThan(1000);
                    Interlocked.Increment(ref rejected);
                }
            },
            iter: 5000,
            print: input => Mutations.Apply(Seeds[input.Item1], input.Item2));

        // Both outcomes must be exercised, or the mutations are too gentle or too destructive to test anything.
        Seeds.Length.ShouldBeGreaterThan(5);
        parsed.ShouldBeGreaterThan(100);
        rejected.ShouldBeGreaterThan(1000);
    }
}
