using System.Text.Json;
using ExpertRig.Cli.Tests.Support;

namespace ExpertRig.Cli.Tests;

/// <summary>
/// Issue 15's example: two RTX 5090s break a 15 A / 120 V circuit at stock power, and fit it when the owner
/// power-limits them to 70% (gpu_power_limit_percent: 70); the report says what the limit does.
/// </summary>
public sealed class PowerLimitScenarioTests : IDisposable
{
    private const string DualRtx5090 = """
        gpu: rtx-5090
        gpu_count: 2
        cpu: ryzen-9-9950x
        motherboard: proart-x870e-creator-wifi
        memory: gskill-trident-z5-neo-128gb-ddr5-6000
        storage: [samsung-990-pro-2tb, samsung-990-pro-4tb]
        psu: msi-meg-ai1600t-pcie5
        cooler: noctua-nh-d15-g2
        case: thermaltake-core-p8-tg
        """;

    private const string OnA15AmpCircuit = "workloads:\n  - model: llama-3-70b\n    quant: Q4_K_M\ncircuit: 15a-120v\n";

    private readonly string folder = Directory.CreateTempSubdirectory("expertrig-power-limit-").FullName;

    [Fact]
    public void TwoRtx5090s_AtStockPower_BreakA15AmpCircuit()
    {
        var result = Check(OnA15AmpCircuit);

        result.ExitCode.ShouldBe(1, result.Error);
        result.Output.ShouldContain("on a 15 A / 120 V circuit: 1,578 W sustained is 13.1 A, over the 80% continuous limit of 12.0 A");
    }

    [Fact]
    public void TwoRtx5090s_PowerLimitedTo70Percent_FitA15AmpCircuit_AndTheReportSaysWhatTheLimitCosts()
    {
        var result = Check(OnA15AmpCircuit + "gpu_power_limit_percent: 70\n");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("The smallest circuit that carries it is 15 A / 120 V: 10.0 A sustained of 12.0 A allowed");
        result.Output.ShouldContain("| gpu_power_limit_percent | 70: GPUs power-limited to 70% of rated board power keep 97% of their decode speed and 83% of their prompt-processing speed");
        result.Output.ShouldContain("at most 403 W each, 805 W together instead of 1,150 W");
        result.Output.ShouldContain("`sudo nvidia-smi -pl 403`");
        result.Output.ShouldContain("llmgarage.ai/power-limit-tokens-per-second-benchmark");
    }

    [Fact]
    public void Predict_WithAPowerLimit_CostsDecodeLittle_AndPromptProcessingMore()
    {
        var stock = Speeds(CliRunner.Run("predict", "--model", "llama-3-70b", "--quant", "Q4_K_M", "--gpu", "rtx-5090", "--gpus", "2", "--format", "json"));
        var limited = Speeds(CliRunner.Run("predict", "--model", "llama-3-70b", "--quant", "Q4_K_M", "--gpu", "rtx-5090", "--gpus", "2", "--power-limit", "70", "--format", "json"));

        (limited.Decode / stock.Decode).ShouldBe(0.97, 0.01);
        (limited.Prompt / stock.Prompt).ShouldBe(0.83, 0.01);
    }

    [Theory]
    [InlineData("49")]
    [InlineData("101")]
    public void Predict_RefusesALimitOutsideFiftyToAHundred(string percent)
    {
        var result = CliRunner.Run("predict", "--model", "llama-3-70b", "--quant", "Q4_K_M", "--gpu", "rtx-5090", "--power-limit", percent);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain($"--power-limit: {percent} is out of range (allowed: a whole percentage from 50 to 100)");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private CliResult Check(string profile, params string[] more)
    {
        var build = Path.Combine(folder, "dual-5090.yaml");
        var profilePath = Path.Combine(folder, $"profile-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(build, DualRtx5090);
        File.WriteAllText(profilePath, profile);
        return CliRunner.Run(["check", "--build", build, "--profile", profilePath, .. more]);
    }

    private static (double Decode, double Prompt) Speeds(CliResult result)
    {
        result.ExitCode.ShouldBe(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        return (json.RootElement.GetProperty("decode_tokens_per_s").GetDouble(), json.RootElement.GetProperty("prompt_tokens_per_s").GetDouble());
    }
}
