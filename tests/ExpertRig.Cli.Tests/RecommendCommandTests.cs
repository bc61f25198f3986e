using System.Text.Json;
using ExpertRig.Cli.Tests.Support;

namespace ExpertRig.Cli.Tests;

public sealed class RecommendCommandTests
{
    [Fact]
    public void Json_HasTheDocumentedShape()
    {
        var result = CliRunner.Run("recommend", "--profile", Repository.Example("typical.yaml"), "--format", "json");

        result.ExitCode.ShouldBe(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        foreach (var key in new[] { "builds", "rejected", "warnings", "fired_rules" })
        {
            root.TryGetProperty(key, out _).ShouldBeTrue(key);
        }

        (root.GetProperty("builds").GetArrayLength() + root.GetProperty("rejected").GetArrayLength()).ShouldBeGreaterThan(5);
        foreach (var build in root.GetProperty("builds").EnumerateArray())
        {
            foreach (var key in new[] { "rank", "archetype", "title", "components", "total_price_usd", "memory", "workloads", "power", "software", "because" })
            {
                build.TryGetProperty(key, out _).ShouldBeTrue(key);
            }

            var component = build.GetProperty("components")[0];
            foreach (var key in new[] { "category", "id", "name", "quantity", "unit_price_usd" })
            {
                component.TryGetProperty(key, out _).ShouldBeTrue(key);
            }

            var workload = build.GetProperty("workloads")[0];
            foreach (var key in new[] { "model", "quant", "fits_in_vram", "offload_fraction", "decode_tokens_per_s", "prompt_tokens_per_s" })
            {
                workload.TryGetProperty(key, out _).ShouldBeTrue(key);
            }

            build.GetProperty("memory").TryGetProperty("vram_gb", out _).ShouldBeTrue();
            build.GetProperty("power").TryGetProperty("circuit_ok", out _).ShouldBeTrue();
        }

        root.GetProperty("builds").EnumerateArray().Select(b => b.GetProperty("rank").GetInt32())
            .ShouldBe(Enumerable.Range(1, root.GetProperty("builds").GetArrayLength()));
    }

    [Fact]
    public void TheSameProfile_GivesTheSameBytes()
    {
        var first = CliRunner.Run("recommend", "--profile", Repository.Example("typical.yaml"), "--format", "json");
        var second = CliRunner.Run("recommend", "--profile", Repository.Example("typical.yaml"), "--format", "json");

        first.ExitCode.ShouldBe(0, first.Error);
        second.ExitCode.ShouldBe(0, second.Error);
        first.Output.Length.ShouldBeGreaterThan(1000);
        second.Output.ShouldBe(first.Output);
    }

    [Fact]
    public void Top_KeepsOnlyTheBestBuilds()
    {
        // dgx-spark.yaml has several feasible builds (typical.yaml has one), so --top 1 has something to cut.
        var all = CliRunner.Run("recommend", "--profile", Repository.Example("dgx-spark.yaml"), "--format", "json");
        var result = CliRunner.Run("recommend", "--profile", Repository.Example("dgx-spark.yaml"), "--format", "json", "--top", "1");

        result.ExitCode.ShouldBe(0, result.Error);
        using var every = JsonDocument.Parse(all.Output);
        using var json = JsonDocument.Parse(result.Output);
        var builds = every.RootElement.GetProperty("builds");
        builds.GetArrayLength().ShouldBeGreaterThan(1);
        json.RootElement.GetProperty("builds").GetArrayLength().ShouldBe(1);
        json.RootElement.GetProperty("builds")[0].GetRawText().ShouldBe(builds[0].GetRawText());
    }

    [Fact]
    public void Output_WritesTheReportToAFile()
    {
        var folder = Directory.CreateTempSubdirectory("expertrig-output-").FullName;
        var path = Path.Combine(folder, "report.md");
        try
        {
            var result = CliRunner.Run("recommend", "--profile", Repository.Example("typical.yaml"), "--output", path);

            result.ExitCode.ShouldBe(0, result.Error);
            result.Output.ShouldBeEmpty();
            File.ReadAllText(path).ShouldStartWith("# ");
            Directory.GetFiles(folder).ShouldBe([path]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void TheRealProgram_RecommendsForEveryExampleProfile()
    {
        foreach (var example in Repository.ExampleProfiles)
        {
            var result = CliRunner.RunProcess("recommend", "--profile", example, "--format", "json");

            result.ExitCode.ShouldBe(0, $"{example}: {result.Error}");
            JsonDocument.Parse(result.Output).Dispose();
        }
    }
}
