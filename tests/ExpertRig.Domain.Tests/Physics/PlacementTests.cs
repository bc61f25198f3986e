using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Tests.Physics;

public sealed class PlacementTests
{
    private readonly PhysicsConstants constants = PhysicsFiles.LoadConstants();

    [Fact]
    public void Fits_WhenSingleCardHoldsModel()
    {
        var estimate = Estimate(InferenceScenario.OnDevices(Examples.Llama3_70B, Examples.Q4KM, Examples.Rtx6000Ada));
        estimate.Fits.ShouldBeTrue();
        estimate.OffloadFraction.ShouldBe(0);
        estimate.PerDevice.Single().Layers.ShouldBe(80);
    }

    [Fact]
    public void Offloads_WhenModelExceedsTheCard()
    {
        var estimate = Estimate(InferenceScenario.OnDevices(Examples.Llama3_70B, Examples.Q4KM, Examples.Rtx4090, host: Examples.Ddr5DualChannel));
        estimate.Fits.ShouldBeFalse();
        estimate.Runs.ShouldBeTrue();
        estimate.OffloadedLayers.ShouldBeGreaterThan(30);
        estimate.Bound.ShouldBe(PerformanceBound.Offload);
        estimate.PerDevice.Single().Fits.ShouldBeTrue();
        estimate.SystemRamUsedGb.ShouldBeGreaterThan(15);
    }

    [Fact]
    public void DoesNotRun_WhenNoSystemRamIsGivenForOffload()
    {
        var estimate = Estimate(InferenceScenario.OnDevices(Examples.Llama3_70B, Examples.Q4KM, Examples.Rtx4090));
        estimate.Runs.ShouldBeFalse();
        estimate.Problem.ShouldNotBeNull().ShouldContain("no system RAM");
        estimate.DecodeTokensPerSecondPerUser.ShouldBe(0);
    }

    [Fact]
    public void DoesNotRun_WhenExLlamaV2WouldNeedOffload()
    {
        var estimate = Estimate(InferenceScenario.OnDevices(Examples.Llama3_70B, Examples.Q4KM, Examples.Rtx4090, engine: InferenceEngine.ExLlamaV2, host: Examples.Ddr5DualChannel));
        estimate.Runs.ShouldBeFalse();
        estimate.Problem.ShouldNotBeNull().ShouldContain("exllamav2");
    }

    [Fact]
    public void SplitsWholeLayers_InProportionToFreeMemory()
    {
        var scenario = new InferenceScenario(Examples.Llama3_70B, Examples.Q4KM, [Examples.Rtx4090, Examples.Rtx6000Ada]);
        var estimate = Estimate(scenario);
        estimate.Fits.ShouldBeTrue();
        var layers = estimate.PerDevice.Select(d => d.Layers).ToList();
        layers.Sum().ShouldBe(80);
        // Roughly 24 : 48 of the free memory, so about a third of the layers on the 4090.
        layers[0].ShouldBeInRange(22, 30);
        estimate.PerDevice.ShouldAllBe(d => d.Fits);
    }

    [Fact]
    public void ChecksEveryCard_NotOnlyThePooledMemory()
    {
        // Four 1 GB layers on three cards with room for 1.5 layers each: 4.5 GB pooled, but layers are whole.
        var model = new ModelArchitecture(4, 4, 4, 1024, 8, 8, 128, 4096);
        var weights = new WeightFormat("Q8-like", 8, WeightFormatFamily.Gguf);
        var computeBufferGb = MemoryEstimator.ComputeBufferGb(model, constants);
        var usableGb = 1.5 + constants.For(DeviceClass.NvidiaGddr).RuntimeOverheadGb + computeBufferGb + 0.001;
        var card = new DeviceSpec("card", DeviceClass.NvidiaGddr, usableGb * 1e9 / PhysicsUnits.BytesPerGib, 500, 50);
        var scenario = InferenceScenario.OnDevices(model, weights, card, 3, contextTokens: 1, host: Examples.Ddr5DualChannel);

        var estimate = Estimate(scenario);

        (3 * 1.5).ShouldBeGreaterThan(estimate.WeightsGb);
        estimate.Fits.ShouldBeFalse();
        estimate.OffloadedLayers.ShouldBe(1);
        estimate.PerDevice.ShouldAllBe(d => d.Layers == 1 && d.Fits);
    }

    [Fact]
    public void SlicesEveryLayer_UnderTensorParallelism()
    {
        var scenario = InferenceScenario.OnDevices(Examples.Llama3_70B, Examples.Q4KM, Examples.Rtx3090, 2, InferenceEngine.Vllm);
        var estimate = Estimate(scenario);
        estimate.Parallelism.ShouldBe(ParallelismMode.TensorParallel);
        estimate.PerDevice.ShouldAllBe(d => d.Layers == 80);
        estimate.PerDevice[0].WeightsGb.ShouldBe(estimate.WeightsGb / 2, 1e-9);
    }

    [Fact]
    public void CapsTheGpuShare_OfUnifiedMemory()
    {
        var scenario = InferenceScenario.OnDevices(Examples.Llama3_70B, Examples.F16, Examples.M2Ultra);
        var estimate = Estimate(scenario);
        estimate.PerDevice.Single().UsableGb.ShouldBe(192 * PhysicsUnits.BytesPerGib * 0.75 / 1e9, 0.01);
        estimate.Fits.ShouldBeTrue();
    }

    [Fact]
    public void DoesNotRun_WhenUnifiedMemoryIsTooSmall()
    {
        var estimate = Estimate(InferenceScenario.OnDevices(Examples.Llama31_405B, Examples.Q4KM, Examples.DgxSpark));
        estimate.Runs.ShouldBeFalse();
        estimate.Problem.ShouldNotBeNull().ShouldContain("unified memory pool");
    }

    [Fact]
    public void Rejects_UnifiedDevicesCombinedWithOthers()
    {
        var scenario = new InferenceScenario(Examples.Llama3_8B, Examples.Q4KM, [Examples.M2Ultra, Examples.Rtx4090]);
        Should.Throw<ArgumentException>(() => Estimate(scenario)).Message.ShouldContain("one at a time");
    }

    [Fact]
    public void Reports_LoadTimeFromStorageSpeed()
    {
        var estimate = Estimate(InferenceScenario.OnDevices(Examples.Llama3_70B, Examples.Q4KM, Examples.Rtx6000Ada, host: Examples.Ddr5DualChannel));
        // 42.5 GB at 7,000 MB/s: the guide's "6–7 seconds".
        estimate.LoadSeconds.ShouldNotBeNull().ShouldBe(6.07, 0.05);
    }

    private InferenceEstimate Estimate(InferenceScenario scenario) => InferenceEstimator.Estimate(scenario, constants);
}
