using System.Text.Json;
using ExpertRig.Cli.Tests.Support;

namespace ExpertRig.Cli.Tests;

/// <summary><c>catalog &lt;section&gt; --format json</c> carries every figure, the dated price, the source and the note.</summary>
public sealed class CatalogJsonTests
{
    [Fact]
    public void Gpus_CarrySpecsAndADatedPrice()
    {
        using var json = JsonDocument.Parse(CliRunner.Run("catalog", "gpus", "--format", "json").Output);
        var gpu = json.RootElement.EnumerateArray().First(e => e.GetProperty("id").GetString() == "rtx-4090");

        gpu.GetProperty("vram_gb").GetDouble().ShouldBe(24);
        gpu.GetProperty("bandwidth_gbs").GetDouble().ShouldBeGreaterThan(1000);
        var price = gpu.GetProperty("price_usd");
        price.GetProperty("low").GetDouble().ShouldBeGreaterThan(0);
        price.GetProperty("high").GetDouble().ShouldBeGreaterThanOrEqualTo(price.GetProperty("low").GetDouble());
        price.GetProperty("basis").GetString().ShouldBe("guide-2026-04");
        price.GetProperty("as_of").GetString().ShouldBe("2026-04");
        gpu.GetProperty("source").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Models_CarryTheirLayerKindsAndExperts()
    {
        using var json = JsonDocument.Parse(CliRunner.Run("catalog", "models", "--format", "json").Output);
        var model = json.RootElement.EnumerateArray().First(e => e.GetProperty("id").GetString() == "gpt-oss-120b");

        model.GetProperty("params_active_b").GetDouble().ShouldBe(5.13);
        model.GetProperty("sliding_window_layers").GetInt32().ShouldBe(18);
        model.GetProperty("weight_format").GetString().ShouldBe("mxfp4");
        model.GetProperty("attention_summary").GetString().ShouldBe("full+sliding");
    }

    [Fact]
    public void ModelsTable_ShowsActiveParametersAndAttentionKind()
    {
        var lines = CliRunner.Run("catalog", "models").Output.Split('\n');

        lines[0].ShouldContain("active");
        lines[0].ShouldContain("attention");
        lines.First(line => line.StartsWith("qwen-3-next-80b-a3b ", StringComparison.Ordinal)).ShouldContain("hybrid-linear");
        lines.First(line => line.StartsWith("deepseek-v3 ", StringComparison.Ordinal)).ShouldContain("mla");
        lines.First(line => line.StartsWith("llama-4-scout ", StringComparison.Ordinal)).ShouldContain("chunked");
    }
}
