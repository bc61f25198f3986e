using ExpertRig.Cli.Tests.Support;

namespace ExpertRig.Cli.Tests;

/// <summary><c>recommend --audit</c>: the audit trail in a file the report names, inline on request, never by default.</summary>
public sealed class AuditOptionTests
{
    [Fact]
    public void AuditWithAFile_WritesTheTrailThere_AndTheReportNamesIt()
    {
        var folder = Directory.CreateTempSubdirectory("expertrig-audit-");
        try
        {
            var report = Path.Combine(folder.FullName, "report.md");
            var audit = Path.Combine(folder.FullName, "audit.md");

            var result = CliRunner.Run("recommend", "--profile", Repository.Example("typical.yaml"), "--output", report, "--audit", audit);

            result.ExitCode.ShouldBe(0, result.Error);
            File.ReadAllText(report).ShouldContain($"is in `{audit}`");
            File.ReadAllText(report).ShouldNotContain("### Every firing, in order");
            File.ReadAllText(audit).ShouldContain("### Every firing, in order");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void AuditAlone_PutsTheTrailInTheReport() =>
        CliRunner.Run("recommend", "--profile", Repository.Example("typical.yaml"), "--audit").Output.ShouldContain("### Every firing, in order");

    [Fact]
    public void WithoutAudit_TheReportLeavesTheTrailOut() =>
        CliRunner.Run("recommend", "--profile", Repository.Example("typical.yaml")).Output.ShouldNotContain("### Every firing, in order");

    [Fact]
    public void AuditWithJson_IsRefused_BecauseJsonCarriesTheTrail() =>
        CliRunner.Run("recommend", "--profile", Repository.Example("typical.yaml"), "--format", "json", "--audit", "a.md")
            .ShouldBeBadInput().ShouldContain("--audit: applies to the Markdown report only");
}
