using ExpertRig.Verification.Tests.Support;

namespace ExpertRig.Verification.Tests.BadInput;

/// <summary>
/// Bad input end to end through the real program: exit 2, one line on stderr naming the problem, no stack trace,
/// and no report written. The parser's own cases (line and column, did-you-mean keys, wrong types) are covered in
/// tests/ExpertRig.Domain.Tests/Profiles/ProfileErrorTests.cs and ProfileFileTests.cs; these prove the whole
/// process behaves the same. The cases that only test wording (did-you-mean, ranges) run in-process
/// (<see cref="CliProcess.RunInProcess"/>): they test parsing, and a child process would only add its start-up time.
/// </summary>
public sealed class RealProgramBadInputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("expertrig-badinput-").FullName;

    private string Report => Path.Combine(folder, "report.md");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Refuses_EmptyFile()
    {
        var profile = Write("empty.yaml", []);

        var line = Recommend(profile);

        line.ShouldContain("empty.yaml");
        line.ShouldContain("the file is empty");
    }

    [Fact]
    public void Refuses_TenMegabyteFile()
    {
        var profile = Write("huge.yaml", System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("# padding line\n", 700_000))));

        Recommend(profile).ShouldContain("at most 1 MB");
    }

    [Fact]
    public void Refuses_BinaryGarbage()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        Recommend(Write("garbage.yaml", bytes)).ShouldContain("garbage.yaml");
    }

    [Fact]
    public void Refuses_Directory() => Recommend(folder).ShouldContain("directory");

    [Fact]
    public void Refuses_MissingFile() => Recommend(Path.Combine(folder, "absent.yaml")).ShouldContain("no such file");

    [Fact]
    public void Refuses_OutputInMissingFolder_AndWritesNothing()
    {
        var target = Path.Combine(folder, "missing", "report.md");

        CliProcess.Run("recommend", "--profile", Repository.Example("typical.yaml"), "--output", target)
            .ShouldBeBadInput().ShouldContain("does not exist");

        Directory.Exists(Path.GetDirectoryName(target)).ShouldBeFalse();
    }

    [Fact]
    public void Names_ClosestModels_ForUnknownModel() =>
        RecommendInProcess(Write("model.yaml", "workloads:\n  - model: llama-3-7b\nbudget_usd: 5000\n")).ShouldContain("did you mean");

    [Fact]
    public void Names_ClosestQuants_ForUnknownQuant() =>
        RecommendInProcess(Write("quant.yaml", "workloads:\n  - model: llama-3-70b\n    quant: Q4_K_N\nbudget_usd: 5000\n")).ShouldContain("'q4-k-m'");

    [Theory]
    [InlineData("budget_usd: -5000", "budget_usd")]
    [InlineData("budget_usd: 5000\nconcurrent_users: 0", "concurrent_users")]
    [InlineData("budget_usd: 5000\nhours_per_day: 25", "hours_per_day")]
    public void Names_Range_ForOutOfRangeValue(string lines, string key) =>
        RecommendInProcess(Write("range.yaml", $"workloads:\n  - model: llama-3-70b\n{lines}\n")).ShouldContain(key);

    [Fact]
    public void Names_ModelMaximum_ForContextAboveIt() =>
        RecommendInProcess(Write("context.yaml", "workloads:\n  - model: llama-3-70b\n    context_tokens: 500000\nbudget_usd: 5000\n")).ShouldContain("context_tokens");

    [Fact]
    public void Refuses_UnknownComponent_InBuildFile_WithClosestMatch() =>
        CliProcess.RunInProcess("check", "--build", Write("build.yaml", "gpu: rtx-4900\n")).ShouldBeBadInput().ShouldContain("rtx-4090");

    private string Recommend(string profile)
    {
        var line = CliProcess.Run("recommend", "--profile", profile, "--output", Report).ShouldBeBadInput();
        File.Exists(Report).ShouldBeFalse();
        Directory.GetFiles(folder, ".*.tmp").ShouldBeEmpty();
        return line;
    }

    private string RecommendInProcess(string profile)
    {
        var line = CliProcess.RunInProcess("recommend", "--profile", profile, "--output", Report).ShouldBeBadInput();
        File.Exists(Report).ShouldBeFalse();
        return line;
    }

    private string Write(string name, string text) => Write(name, System.Text.Encoding.UTF8.GetBytes(text));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
