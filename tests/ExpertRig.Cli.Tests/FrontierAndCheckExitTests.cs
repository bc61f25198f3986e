using System.Text.Json;
using ExpertRig.Cli.Tests.Support;

namespace ExpertRig.Cli.Tests;

public sealed class FrontierAndCheckExitTests
{
    private static string Buyer(string name) => Repository.Path("docs", "examples", "buyers", name + ".yaml");

    [Fact]
    public void Frontier_Markdown_HasATableAndAMermaidChart_OfTwentySteps()
    {
        var result = CliRunner.Run("frontier", "--profile", Buyer("b8000-70b-q4-15"));

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("| budget | build | price | main workload |");
        result.Output.ShouldContain("```mermaid");
        result.Output.Split('\n').Count(l => l.StartsWith("| $", StringComparison.Ordinal)).ShouldBe(20);
    }

    [Fact]
    public void Frontier_Json_StepsRiseToTwiceTheBudget_AndSpeedNeverFalls()
    {
        var result = CliRunner.Run("frontier", "--profile", Buyer("b8000-70b-q4-15"), "--format", "json");

        result.ExitCode.ShouldBe(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var steps = json.RootElement.EnumerateArray().ToList();
        steps.Count.ShouldBe(20);
        steps[^1].GetProperty("budget_usd").GetDouble().ShouldBe(16_000);
        var speeds = steps.Select(s => s.GetProperty("main_decode_tokens_per_s").GetDouble()).ToList();
        speeds.Zip(speeds.Skip(1)).ShouldAllBe(p => p.Second >= p.First);
        steps.ShouldAllBe(s => s.GetProperty("price_usd").GetDouble() <= s.GetProperty("budget_usd").GetDouble());
    }

    [Fact]
    public void Check_ExitsZero_WhenTheBuildPasses()
    {
        var result = CliRunner.Run("check", "--build", Repository.Path("docs", "examples", "builds", "dual-3090.yaml"), "--profile", Repository.Example("typical.yaml"));

        result.ExitCode.ShouldBe(0, result.Output);
    }

    [Fact]
    public void Check_ExitsOne_WhenTheBuildBreaksAHardConstraint()
    {
        var result = CliRunner.Run("check", "--build", Repository.Path("docs", "examples", "builds", "wrong-socket.yaml"));

        result.ExitCode.ShouldBe(1, result.Output);
        result.Output.ShouldContain("cpu-fits-the-board");
    }

    [Fact]
    public void Check_ReportsAnIncompleteBuild_WithTheMissingCategories_AndExitsOne()
    {
        var path = Path.Combine(Path.GetTempPath(), $"expertrig-incomplete-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "gpu: rtx-4090\ngpu_count: 1\ncpu: ryzen-9-9950x\nmotherboard: proart-x870e-creator-wifi\n");
        try
        {
            var result = CliRunner.Run("check", "--build", path);

            result.ExitCode.ShouldBe(1, result.Output);
            result.Output.ShouldContain("The build is incomplete: it lists no memory, no storage drive, no PSU, no CPU cooler, no case.");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
