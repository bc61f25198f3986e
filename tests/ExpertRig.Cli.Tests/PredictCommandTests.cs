using System.Text.Json;
using ExpertRig.Cli.Tests.Support;

namespace ExpertRig.Cli.Tests;

public sealed class PredictCommandTests
{
    [Fact]
    public void Json_HasTheDocumentedFields()
    {
        var result = CliRunner.Run("predict", "--model", "llama-3-8b", "--quant", "Q4_K_M", "--gpu", "rtx-4090", "--format", "json");

        result.ExitCode.ShouldBe(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        foreach (var key in new[] { "decode_tokens_per_s", "prompt_tokens_per_s", "fits", "weights_gb", "kv_cache_gb", "total_memory_gb", "offload_fraction", "bound", "assumptions" })
        {
            json.RootElement.TryGetProperty(key, out _).ShouldBeTrue(key);
        }

        json.RootElement.GetProperty("fits").GetBoolean().ShouldBeTrue();
        json.RootElement.GetProperty("bound").GetString().ShouldBe("memory-bandwidth");
    }

    [Fact]
    public void LayerSplit_DoesNotSpeedUpSingleStreamDecode()
    {
        static double Decode(string gpus) => JsonDocument.Parse(
            CliRunner.Run("predict", "--model", "llama-3-8b", "--quant", "Q4_K_M", "--gpu", "rtx-3090", "--gpus", gpus, "--format", "json").Output)
            .RootElement.GetProperty("decode_tokens_per_s").GetDouble();

        Decode("2").ShouldBeLessThanOrEqualTo(Decode("1"));
    }

    [Fact]
    public void CustomHardware_IsDescribedByBandwidthAndMemory()
    {
        var result = CliRunner.Run("predict", "--model", "llama-3-70b", "--quant", "Q8_0", "--bandwidth-gbs", "800", "--memory-gb", "192", "--unified", "--vendor", "apple");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("fits");
    }

    [Fact]
    public void ANegativeBandwidth_IsBadInput() =>
        CliRunner.Run("predict", "--model", "llama-3-8b", "--quant", "Q4_K_M", "--bandwidth-gbs", "-5", "--memory-gb", "24")
            .ShouldBeBadInput().ShouldContain("--bandwidth-gbs");

    [Fact]
    public void AContextAboveTheModelsMaximum_IsBadInput() =>
        CliRunner.Run("predict", "--model", "llama-2-7b", "--quant", "Q4_K_M", "--gpu", "rtx-4090", "--context", "100000")
            .ShouldBeBadInput().ShouldContain("--context");

    [Fact]
    public void BothGpuAndCustomHardware_IsBadInput() =>
        CliRunner.Run("predict", "--model", "llama-3-8b", "--quant", "Q4_K_M", "--gpu", "rtx-4090", "--bandwidth-gbs", "900", "--memory-gb", "24")
            .ShouldBeBadInput().ShouldContain("either --gpu");
}
