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
        var before = DateTime.UtcNow;
        var stamped = CliRunner.Run("recommend", "--profile", Repository.Example("typical.yaml"), "--stamp");
        var after = DateTime.UtcNow;

        stamped.ExitCode.ShouldBe(0, stamped.Error);
        stamped.Output.ShouldNotBe(plain.Output);

        // The stamp lies between the clock before and after the run (a run across midnight UTC included).
        var stamp = System.Text.RegularExpressions.Regex.Match(stamped.Output, @"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z");
        stamp.Success.ShouldBeTrue("the stamped report shows an ISO 8601 UTC time");
        var time = DateTime.ParseExact(stamp.Value, "yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
        time.ShouldBeInRange(before.AddSeconds(-1), after.AddSeconds(1));
        CliRunner.Run("recommend", "--profile", Repository.Example("typical.yaml"), "--format", "json", "--stamp")
            .ShouldBeBadInput().ShouldContain("--stamp");
    }
}
