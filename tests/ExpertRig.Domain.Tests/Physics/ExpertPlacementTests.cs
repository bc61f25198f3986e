using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Tests.Physics;

/// <summary>
/// A mixture of experts that does not fit on the GPUs keeps the routed experts of its first N layers in system RAM
/// (llama.cpp --n-cpu-moe N) instead of whole layers, with N the smallest that lets the rest fit.
/// </summary>
public sealed class ExpertPlacementTests
{
    private readonly PhysicsConstants constants = PhysicsFiles.LoadConstants();

    private static InferenceScenario GptOssOn4090(HostSpec host) =>
        new(Examples.GptOss120B, Examples.Mxfp4, [Examples.Rtx4090], ContextTokens: 32768, Host: host);

    [Fact]
    public void ModelLargerThanTheGpu_KeepsTheFewestExpertLayersInRam()
    {
        var estimate = InferenceEstimator.Estimate(GptOssOn4090(Examples.Ddr5_6000_96Gb), constants);
        estimate.Runs.ShouldBeTrue();
        estimate.Fits.ShouldBeFalse();
        var experts = estimate.Experts.ShouldNotBeNull();
        experts.NCpuMoe.ShouldBeInRange(1, 35);
        experts.LaunchArguments.ShouldBe($"-ngl 999 --n-cpu-moe {experts.NCpuMoe}");
        estimate.PerDevice[0].Layers.ShouldBe(36);
        estimate.PerDevice[0].Fits.ShouldBeTrue();

        // One layer fewer in RAM would not fit the GPU.
        var fewer = InferenceEstimator.Estimate(GptOssOn4090(Examples.Ddr5_6000_96Gb) with { ExpertOffload = ExpertOffload.Fixed(experts.NCpuMoe - 1) }, constants);
        fewer.Runs.ShouldBeFalse();
    }

    [Fact]
    public void ExpertsInRam_DecodeFasterThanWholeLayersInRam()
    {
        var scenario = GptOssOn4090(Examples.Ddr5_6000_96Gb);
        var experts = InferenceEstimator.Estimate(scenario, constants);
        var layers = InferenceEstimator.Estimate(scenario with { ExpertOffload = ExpertOffload.None }, constants);
        layers.Experts.ShouldBeNull();
        layers.OffloadedLayers.ShouldBeGreaterThan(0);
        experts.DecodeTokensPerSecondPerUser.ShouldBeGreaterThan(layers.DecodeTokensPerSecondPerUser * 1.3);
    }

    [Fact]
    public void DecodeTime_IsGpuStreamPlusRamStreamOfTheActiveExperts()
    {
        var estimate = InferenceEstimator.Estimate(GptOssOn4090(Examples.Ddr5_6000_96Gb), constants);
        var experts = estimate.Experts!;
        var ramSeconds = experts.RamReadGbPerToken / (constants.Decode.CpuBandwidthEfficiency * Examples.Ddr5_6000_96Gb.RamBandwidthGbs);
        estimate.DecodeTime.OffloadStreamMs.ShouldBe(ramSeconds * 1e3, 1e-6);
        // Every expert-layer in RAM reads 4 of 128 experts, stored in MXFP4: 4 × 3 × 2880² × 4.25 / 8 bytes (not the
        // file's 4.34-bit average, which includes the higher-precision attention and head).
        experts.RamReadGbPerToken.ShouldBe(experts.RamExpertLayers * 4 * 3 * 2880.0 * 2880 * 4.25 / 8 / 1e9, 1e-9);
        estimate.Bound.ShouldBe(PerformanceBound.Offload);
    }

    [Fact]
    public void TooLittleRam_DoesNotRun()
    {
        var estimate = InferenceEstimator.Estimate(GptOssOn4090(new HostSpec(32, 89.6)), constants);
        estimate.Runs.ShouldBeFalse();
        estimate.Problem.ShouldNotBeNull();
    }

    [Fact]
    public void FixedCount_PutsThatManyLayersOfExpertsInRam()
    {
        var estimate = InferenceEstimator.Estimate(GptOssOn4090(Examples.Ddr5_6000_96Gb) with { ExpertOffload = ExpertOffload.Fixed(36) }, constants);
        estimate.Runs.ShouldBeTrue();
        estimate.Experts!.RamExpertLayers.ShouldBe(36);
        estimate.Experts.GpuExpertLayers.ShouldBe(0);
        estimate.SystemRamUsedGb.ShouldBe(estimate.Experts.RamExpertsGb, 1e-9);
    }

    [Fact]
    public void ModelThatFits_KeepsEveryExpertOnTheGpu()
    {
        var scenario = new InferenceScenario(Examples.Qwen3_30B_A3B, Examples.Q4KM, [Examples.Rtx5090], Host: Examples.Ddr5_6000_96Gb);
        var estimate = InferenceEstimator.Estimate(scenario, constants);
        estimate.Fits.ShouldBeTrue();
        estimate.Experts.ShouldBeNull();
    }

    [Fact]
    public void PromptWithExpertsInRam_PaysTheirCopyOverPcie()
    {
        var scenario = GptOssOn4090(Examples.Ddr5_6000_96Gb);
        var few = InferenceEstimator.Estimate(scenario with { ExpertOffload = ExpertOffload.Fixed(26) }, constants);
        var many = InferenceEstimator.Estimate(scenario with { ExpertOffload = ExpertOffload.Fixed(36) }, constants);
        few.Runs.ShouldBeTrue();
        many.PromptTokensPerSecond.ShouldBeLessThan(few.PromptTokensPerSecond);
    }

    [Theory]
    [InlineData("auto", ExpertOffloadMode.Auto, 0)]
    [InlineData("none", ExpertOffloadMode.None, 0)]
    [InlineData("22", ExpertOffloadMode.Fixed, 22)]
    public void ExpertOffload_ParsesTheCliWords(string text, ExpertOffloadMode mode, int layers)
    {
        ExpertOffload.TryParse(text, out var offload).ShouldBeTrue();
        offload.ShouldBe(new ExpertOffload(mode, layers));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("some")]
    [InlineData("")]
    public void ExpertOffload_RejectsOtherWords(string text) => ExpertOffload.TryParse(text, out _).ShouldBeFalse();
}
