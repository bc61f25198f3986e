using CsCheck;
using ExpertRig.Domain.Profiles;
using ExpertRig.Testing;

namespace ExpertRig.Domain.Tests.Profiles;

/// <summary>
/// Mutates valid profiles character by character and line by line: whatever comes out, the loader either returns a
/// profile that survives a write/parse round trip or throws a one-line <see cref="ProfileException"/>.
/// </summary>
public sealed class ProfileFuzzTests
{
    private const string SourceName = "fuzz.yaml";

    // YAML's structural characters, the escapes and encodings that break parsers, and enough letters to make keys.
    private const string Alphabet = ":-[]{}\"'#&*!|>%@`,?~\\ \t\n\r0123456789.eE_abdekmqsuwxyzQK\u0000\u0001\u007F\u00E9\uFEFF\u2028中";

    private static readonly string[] NastyLines =
    [
        "---", "...", "%YAML 1.2", "%TAG ! tag:example.com,2000:", "? [a, b]", ": x", "<<: *base", "&base",
        "workloads: &w [*w]", "budget_usd: !!binary aGVsbG8=", "  - model: qwen-2.5-7b", "budget_usd: -1",
        "context_tokens: 99999999999999999999", "priorities: [speed, speed]", "os: |", "  linux", "key: >-",
        "\"unterminated", "'also", "{a: [b, {c: d}]}", "- - - -", "x: *undefined", "[[[[[[[[[[", "]]]]",
    ];

    private static readonly string[] Seeds = LoadSeeds();

    [Fact]
    public void Throws_OnlyProfileException_ForMutatedProfiles()
    {
        var gen = Gen.Select(Gen.Int[0, Seeds.Length - 1], Mutations.TextEditsFrom(Alphabet, NastyLines));
        var parsed = 0;
        var rejected = 0;

        gen.Sample(
            (seed, edits) =>
            {
                var text = Mutate(Seeds[seed], edits);
                try
                {
                    var profile = ProfileTestText.Loader.Parse(text, SourceName);
                    ProfileTestText.Loader.Parse(ProfileWriter.ToYaml(profile), SourceName).ShouldBe(profile);
                    Interlocked.Increment(ref parsed);
                }
                catch (ProfileException error)
                {
                    error.Message.ShouldStartWith(SourceName);
                    error.Message.ShouldNotContain('\n');
                    error.Message.ShouldNotContain('\r');
                    Interlocked.Increment(ref rejected);
                }
            },
            iter: 6000,
            print: input => Mutate(Seeds[input.Item1], input.Item2));

        // Both outcomes must be exercised, or the mutations are too gentle or too destructive to test anything.
        parsed.ShouldBeGreaterThan(100);
        rejected.ShouldBeGreaterThan(1000);
    }

    private static string Mutate(string text, (Mutations.Edit Kind, int Where, char Char, int Line)[] edits) =>
        Mutations.Apply(text, edits, NastyLines);

    private static string[] LoadSeeds()
    {
        var examples = Repository.ExampleProfiles.Select(File.ReadAllText);
        var written = ProfileWriter.ToYaml(ProfileTestText.Parse(ProfileTestText.Full));
        return [ProfileTestText.Minimal, ProfileTestText.Full, written, .. examples];
    }
}
