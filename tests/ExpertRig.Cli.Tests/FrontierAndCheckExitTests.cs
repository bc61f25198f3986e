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
    public void Frontier_WithoutABudget_RunsUpToTheDearestFeasibleBuild_WithFiniteSteps()
    {
        var profile = Path.Combine(Path.GetTempPath(), $"expertrig-nobudget-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(profile, "workloads:\n  - model: llama-3-70b\n    quant: Q4_K_M\n");
        try
        {
            var markdown = CliRunner.Run("frontier", "--profile", profile);
            markdown.ExitCode.ShouldBe(0, markdown.Error);
            markdown.Output.ShouldContain("the profile sets no budget");
            markdown.Output.ShouldNotContain("Infinity");
            markdown.Output.ShouldNotContain("NaN");

            var json = CliRunner.Run("frontier", "--profile", profile, "--format", "json");
            using var document = JsonDocument.Parse(json.Output);
            var budgets = document.RootElement.EnumerateArray().Select(s => s.GetProperty("budget_usd").GetDouble()).ToList();
            budgets.Count.ShouldBe(20);
            budgets.ShouldAllBe(b => double.IsFinite(b));
            budgets.Zip(budgets.Skip(1)).ShouldAllBe(p => p.Second > p.First);
        }
        finally
        {
            File.Delete(profile);
        }
    }

    [Fact]
    public void Frontier_TakesTheUsersPrices()
    {
        var prices = Path.Combine(Path.GetTempPath(), $"expertrig-prices-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(prices, "rtx-3090: {usd: 500, used: true}\n");
        try
        {
            double Cheapest(params string[] extra)
            {
                var result = CliRunner.Run(["frontier", "--profile", Buyer("b8000-70b-q4-15"), "--format", "json", .. extra]);
                result.ExitCode.ShouldBe(0, result.Error);
                using var document = JsonDocument.Parse(result.Output);
                return document.RootElement.EnumerateArray().First().GetProperty("price_usd").GetDouble();
            }

            Cheapest("--prices", prices).ShouldBeLessThan(Cheapest());
        }
        finally
        {
            File.Delete(prices);
        }
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
