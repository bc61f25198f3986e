using ExpertRig.Cli.Tests.Support;

namespace ExpertRig.Cli.Tests;

public sealed class ErrorHandlingTests
{
    [Fact]
    public void NoCommand_PrintsHelp_AndExits2()
    {
        var result = CliRunner.Run();

        result.ExitCode.ShouldBe(2);
        result.Output.ShouldContain("recommend");
        result.Error.ShouldContain("no command given");
    }

    [Fact]
    public void AnUnknownCommand_IsOneLineWithExit2() =>
        CliRunner.Run("recomend", "--profile", "x.yaml").ShouldBeBadInput().ShouldContain("recomend");

    [Fact]
    public void AnOutOfListFormat_NamesTheAllowedValues() =>
        CliRunner.Run("rules", "--format", "xml").ShouldBeBadInput().ShouldContain("'text' 'json'");

    [Fact]
    public void AMissingProfile_IsOneLineNamingTheFile() =>
        CliRunner.Run("recommend", "--profile", "no/such/profile.yaml").ShouldBeBadInput().ShouldContain("profile.yaml");

    [Fact]
    public void ADirectoryAsProfile_IsRefused() =>
        CliRunner.Run("recommend", "--profile", Repository.Path("docs")).ShouldBeBadInput().ShouldContain("directory");

    [Fact]
    public void AnOutputInAMissingFolder_IsRefused_AndNothingIsWritten()
    {
        var folder = Path.Combine(Path.GetTempPath(), "expertrig-missing-" + Guid.NewGuid().ToString("N"));

        CliRunner.Run("recommend", "--profile", Repository.Example("typical.yaml"), "--output", Path.Combine(folder, "r.md"))
            .ShouldBeBadInput().ShouldContain("does not exist");

        Directory.Exists(folder).ShouldBeFalse();
    }

    [Fact]
    public void TheRealProgram_ReportsBadInputInOneLine_WithoutAStackTrace() =>
        CliRunner.RunProcess("predict", "--model", "llama-3-70", "--quant", "Q4_K_M", "--gpu", "rtx-4090")
            .ShouldBeBadInput().ShouldContain("did you mean");
}
