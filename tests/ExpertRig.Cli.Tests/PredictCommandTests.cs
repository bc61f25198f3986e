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
    public void KvCache_Q8_HalvesTheCacheAndIsReported()
    {
        static JsonElement Predict(string cache) => JsonDocument.Parse(
            CliRunner.Run("predict", "--model", "llama-3-70b", "--quant", "Q4_K_M", "--gpu", "rtx-6000-ada", "--users", "4", "--context", "8192", "--kv-cache", cache, "--format", "json").Output).RootElement;

        var f16 = Predict("f16");
        var q8 = Predict("q8_0");
        q8.GetProperty("kv_cache").GetString().ShouldBe("q8_0");
        q8.GetProperty("kv_cache_gb").GetDouble().ShouldBe(f16.GetProperty("kv_cache_gb").GetDouble() * 17 / 32, 0.1);
        f16.GetProperty("fits").GetBoolean().ShouldBeFalse();
        q8.GetProperty("fits").GetBoolean().ShouldBeTrue();
        f16.TryGetProperty("expert_split", out var split).ShouldBeTrue();
        split.ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("--moe-offload", "lots", "--moe-offload: expected auto, none or a whole number of layers from 0 to 32")]
    [InlineData("--moe-offload", "99", "expert offload must be auto, none or a layer count from 0 to the model's 32 layers")]
    [InlineData("--kv-cache", "q5_1", "q5_1")]
    public void BadCacheOrOffload_IsBadInput(string option, string value, string message)
    {
        var result = CliRunner.Run("predict", "--model", "llama-3-8b", "--quant", "Q4_K_M", "--gpu", "rtx-4090", option, value);
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain(message);
    }

    [Theory]
    [InlineData("deepseek-r1-671b", "UD-IQ1_S", "llama.cpp", 1.67)]
    [InlineData("deepseek-r1-671b", "ud-q2-k-xl", "llama.cpp", 3.05)]
    [InlineData("llama-3.1-70b", "NVFP4", "vllm", 4.5)]
    [InlineData("llama-3.1-70b", "nvfp4", "vllm", 4.5)]
    public void Quant_TakesTheDynamicMixesAndNvfp4_ByIdOrName_AndSizesTheWeightsByThem(string model, string quant, string engine, double bitsPerWeight)
    {
        var result = CliRunner.Run("predict", "--model", model, "--quant", quant, "--gpu", "rtx-pro-6000-blackwell", "--engine", engine, "--format", "json");

        result.ExitCode.ShouldBe(0, result.Error);
        var json = JsonDocument.Parse(result.Output).RootElement;
        var paramsB = json.GetProperty("model").GetProperty("params_b").GetDouble();
        json.GetProperty("weights_gb").GetDouble().ShouldBe(paramsB * bitsPerWeight / 8, 0.5);
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
