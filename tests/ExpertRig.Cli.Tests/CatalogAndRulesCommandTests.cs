using System.Text.Json;
using ExpertRig.Cli.Tests.Support;

namespace ExpertRig.Cli.Tests;

public sealed class CatalogAndRulesCommandTests
{
    [Theory]
    [InlineData("gpus", "rtx-5090")]
    [InlineData("systems", "dgx-spark")]
    [InlineData("models", "deepseek-r1-671b")]
    [InlineData("quants", "Q4_K_M")]
    [InlineData("cpus", "Ryzen 9 9950X")]
    public void Catalog_ListsASection(string section, string expected)
    {
        var result = CliRunner.Run("catalog", section);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain(expected);
    }

    [Fact]
    public void CatalogGpus_ShowsTheFp16AccumulateRate_WhereItIsFaster()
    {
        var lines = CliRunner.Run("catalog", "gpus").Output.Split('\n');

        lines[0].ShouldContain("FP16 TF (FP16 acc.)");
        lines.Single(l => l.StartsWith("rtx-3090 ", StringComparison.Ordinal)).ShouldContain(" 71 (142) ");
        lines.Single(l => l.StartsWith("rtx-6000-ada ", StringComparison.Ordinal)).ShouldContain(" 364.2 ");
    }

    [Fact]
    public void Catalog_Json_IsAListOfEntriesWithSources()
    {
        using var json = JsonDocument.Parse(CliRunner.Run("catalog", "gpus", "--format", "json").Output);

        json.RootElement.EnumerateArray().ShouldAllBe(e => e.GetProperty("source").GetString()!.Length > 0);
    }

    [Fact]
    public void Rules_ListsEveryRuleWithDescriptionAndSource()
    {
        using var json = JsonDocument.Parse(CliRunner.Run("rules", "--format", "json").Output);

        json.RootElement.GetArrayLength().ShouldBe(Rules.KnowledgeBase.Rules.Count);
        json.RootElement.EnumerateArray().ShouldAllBe(r => r.GetProperty("description").GetString()!.Length > 0);
    }

    [Fact]
    public void Explain_NamesTheClosestRule_ForATypo() =>
        CliRunner.Run("explain", "--profile", Repository.Example("typical.yaml"), "--rule", "feasible-buld")
            .ShouldBeBadInput().ShouldContain("did you mean 'feasible-build'");

    [Fact]
    public void Explain_ShowsTheWholeTrail_InFiringOrder()
    {
        var result = CliRunner.Run("explain", "--profile", Repository.Example("typical.yaml"));

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldStartWith("#1 ");
        result.Output.ShouldContain("matched");
    }

    [Fact]
    public void Explain_OfARule_SaysWhyItFiredOrNot()
    {
        var result = CliRunner.Run("explain", "--profile", Repository.Example("typical.yaml"), "--rule", "feasible-build", "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("fired").GetBoolean().ShouldBeTrue();
        json.RootElement.GetProperty("firings").GetArrayLength().ShouldBeGreaterThan(0);
    }
}
