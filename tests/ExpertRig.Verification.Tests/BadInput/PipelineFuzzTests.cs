using CsCheck;
using ExpertRig.Advisor.View;
using ExpertRig.Cli.Output;
using ExpertRig.Domain.Profiles;
using ExpertRig.Verification.Tests.Support;

namespace ExpertRig.Verification.Tests.BadInput;

/// <summary>
/// Drives generated and mutated profile text through the whole pipeline in-process — parse, fire the rules, build
/// the view, render JSON — and finds no exception but the parser's one-line <see cref="ProfileException"/>.
/// (The parser alone is fuzzed harder in tests/ExpertRig.Domain.Tests/Profiles/ProfileFuzzTests.cs.)
/// </summary>
public sealed class PipelineFuzzTests
{
    private const string SourceName = "fuzz.yaml";

    // Values at and beyond every limit, and tokens that are nearly valid, to splice over a line's value.
    private static readonly string[] Values =
    [
        "0", "-1", "1", "256", "255", "1048576", "1048577", "1000000", "1000001", "1e308", "-0", ".nan", ".inf", "~", "''",
        "[]", "{}", "true", "yes", "24", "24.5", "5", "5.01", "Q4_K_M", "q4_k_m", "F16", "llama-3-70b", "llama-3.1-405b",
        "deepseek-r1-671b", "linux", "macos", "air-gapped", "30a-240v", "[speed, speed]", "[quiet, power, cost]", "\"\"",
    ];

    private static readonly Gen<string> Seeds =
        Gen.Frequency(
            (3, ProfileSpace.Profiles.Select(ProfileWriter.ToYaml)),
            (1, Gen.OneOf([.. Repository.ExampleProfiles.Select(File.ReadAllText)])));

    private static readonly Gen<string> Mutated =
        from seed in Seeds
        from edits in Gen.Select(Gen.Int[0, 4], Gen.Int[0, int.MaxValue], Gen.OneOf(Values), Gen.Char[":-[]{}#&*!|>'\" \n\t0123456789"]).Array[0, 3]
        select edits.Aggregate(seed, Mutate);

    [Fact]
    public void GeneratedAndMutatedProfiles_ParseFireAndRender_WithoutUnhandledException()
    {
        var loader = Advisor.Advisor.Default.ProfileLoader;
        var rendered = 0;
        var refused = 0;

        Mutated.Sample(
            text =>
            {
                Profile profile;
                try
                {
                    profile = loader.Parse(text, SourceName);
                }
                catch (ProfileException error)
                {
                    error.Message.ShouldStartWith(SourceName);
                    error.Message.ShouldNotContain('\n');
                    Interlocked.Increment(ref refused);
                    return;
                }

                var view = RecommendationViewBuilder.From(Advisor.Advisor.Default.Consult(profile));
                JsonOutput.Serialize(view).ShouldStartWith("{");
                Interlocked.Increment(ref rendered);
            },
            iter: 5000,
            threads: Environment.ProcessorCount,
            seed: "0N0XIzNsQ0O2");

        // Both paths must be exercised, or the mutations are too gentle or too destructive to test anything.
        rendered.ShouldBeGreaterThan(500);
        refused.ShouldBeGreaterThan(500);
        (rendered + refused).ShouldBe(5000);
    }

    private static string Mutate(string text, (int Kind, int Where, string Value, char Char) edit)
    {
        var lines = text.Split('\n');
        var line = edit.Where % lines.Length;
        var at = text.Length == 0 ? 0 : edit.Where % text.Length;
        switch (edit.Kind)
        {
            case 0 when lines[line].IndexOf(": ", StringComparison.Ordinal) is var colon and >= 0:
                lines[line] = lines[line][..(colon + 2)] + edit.Value;
                return string.Join('\n', lines);
            case 1 when text.Length > 0:
                return text.Remove(at, 1);
            case 2:
                return text.Insert(at, edit.Char.ToString());
            case 3:
                return string.Join('\n', lines.Where((_, i) => i != line));
            default:
                return string.Join('\n', lines.Take(line + 1).Append(lines[line]).Concat(lines.Skip(line + 1)));
        }
    }
}
