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

        second.Output.ShouldBe(first.Output);
    }

    [Fact]
    public void Top_KeepsOnlyTheBestBuilds()
    {
        var result = CliRunner.Run("recommend", "--profile", Repository.Example("typical.yaml"), "--format", "json", "--top", "1");

        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("builds").GetArrayLength().ShouldBeLessThanOrEqualTo(1);
    }

    [Fact]
    public void Output_WritesTheReportToAFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"expertrig-{Guid.NewGuid():N}.md");
        try
        {
            var result = CliRunner.Run("recommend", "--profile", Repository.Example("typical.yaml"), "--output", path);

            result.ExitCode.ShouldBe(0, result.Error);
            result.Output.ShouldBeEmpty();
            File.ReadAllText(path).ShouldStartWith("# ");
            Directory.GetFiles(Path.GetTempPath(), $".{Path.GetFileName(path)}.*.tmp").ShouldBeEmpty();
        }
        finally
        {
            File.Delete(path);
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
