using ExpertRig.Cli.Tests.Support;

namespace ExpertRig.Cli.Tests;

public sealed class ReportOptionsTests
{
    [Fact]
    public void ACustomTemplate_RendersTheSameViewModel()
    {
        var folder = Directory.CreateTempSubdirectory("expertrig-template-");
        try
        {
            var template = Path.Combine(folder.FullName, "mine.sbn");
            File.WriteAllText(template, "Builds: {{ builds | array.size }}; first: {{ builds[0].archetype }}\n");

            var result = CliRunner.Run("recommend", "--profile", Repository.Example("typical.yaml"), "--template", template);

            result.ExitCode.ShouldBe(0, result.Error);
            result.Output.ShouldStartWith("Builds: ");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void ABrokenCustomTemplate_IsOneLineNamingFileLineAndColumn()
    {
        var folder = Directory.CreateTempSubdirectory("expertrig-template-");
        try
        {
            var template = Path.Combine(folder.FullName, "broken.sbn");
            File.WriteAllText(template, "line one\n{{ builds[0].no_such_member }}\n");

            var line = CliRunner.Run("recommend", "--profile", Repository.Example("typical.yaml"), "--template", template).ShouldBeBadInput();

            line.ShouldContain("broken.sbn:2:");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Stamp_AddsTheTime_AndIsRefusedForJson()
    {
        var plain = CliRunner.Run("recommend", "--profile", Repository.Example("typical.yaml"));
        var stamped = CliRunner.Run("recommend", "--profile", Repository.Example("typical.yaml"), "--stamp");

        stamped.ExitCode.ShouldBe(0, stamped.Error);
        stamped.Output.ShouldNotBe(plain.Output);
        stamped.Output.ShouldContain(DateTime.UtcNow.ToString("yyyy-MM-dd"));
        CliRunner.Run("recommend", "--profile", Repository.Example("typical.yaml"), "--format", "json", "--stamp")
            .ShouldBeBadInput().ShouldContain("--stamp");
    }
}
