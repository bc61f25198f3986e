using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Predictions;

namespace ExpertRig.Domain.Tests.Physics;

/// <summary>
/// Backends are part of the device class: each class × backend has its own fitted efficiency, the estimate names the
/// backend it assumes, and AMD builds run on whichever of ROCm and Vulkan finishes the workload sooner.
/// </summary>
public sealed class BackendTests
{
    private static readonly ExpertRig.Domain.Catalog.Catalog Shipped = CatalogLoader.LoadDefault();
    private readonly PhysicsConstants constants = PhysicsFiles.LoadConstants();
    private readonly MeasurementSet measurements = MeasurementSet.Load();

    [Theory]
    [InlineData("framework-desktop-128gb", DeviceClass.AmdUnified)]
    [InlineData("dgx-spark", DeviceClass.NvidiaUnified)]
    [InlineData("mac-studio-m3-ultra-96gb", DeviceClass.AppleSilicon)]
    public void UnifiedSystems_MapToTheirVendorsClass(string id, DeviceClass expected)
    {
        // Strix Halo was once mapped as NVIDIA unified memory, with CUDA's efficiency on a Radeon iGPU.
        CatalogDevices.ForSystem(Shipped.Systems.Find(id)).Class.ShouldBe(expected);
    }

    [Fact]
    public void EveryCatalogSystemAndGpu_GetsAClassWithACalibratedBackend()
    {
        // New catalog entries get a sensible backend from their vendor and software fields alone.
        foreach (var system in Shipped.Systems)
        {
            var device = CatalogDevices.ForSystem(system);
            InferenceEstimator.Estimate(InferenceScenario.OnDevices(Examples.Llama3_8B, Examples.Q4KM, device), constants).Backend
                .ShouldBeOneOf([.. constants.BackendsOf(device.Class)], system.Id);
        }

        foreach (var gpu in Shipped.Gpus)
        {
            var device = CatalogDevices.ForGpu(gpu);
            var expected = gpu.Vendor.Equals("amd", StringComparison.OrdinalIgnoreCase) ? DeviceClass.AmdGddr : device.Class;
            device.Class.ShouldBe(expected, gpu.Id);
        }
    }

    [Fact]
    public void NvidiaAndApple_StayOnTheirDefaultBackend()
    {
        var estimate = InferenceEstimator.Estimate(InferenceScenario.OnDevices(Examples.Llama3_8B, Examples.Q4KM, Examples.Rtx4090), constants);
        estimate.Backend.ShouldBe(Backend.Cuda);
        var mac = measurements.Devices["m2-ultra-76c"] with { Backend = null };
        InferenceEstimator.Estimate(InferenceScenario.OnDevices(Examples.Llama3_8B, Examples.Q4KM, mac), constants).Backend.ShouldBe(Backend.Metal);
    }

    [Fact]
    public void AnAmdCard_DecodesChatOnVulkan_AndKeepsAGivenBackend()
    {
        // RX 7900 XT, gpt-oss-20b: 2026 Vulkan builds (llmfit PR #808, 163 tok/s) against ROCm 6.4.1 (about 94).
        var card = measurements.Devices["rx-7900-xt"] with { Backend = null };
        var scenario = new InferenceScenario(measurements.Models["gpt-oss-20b"], new WeightFormat("MXFP4", 4.63, WeightFormatFamily.Gguf), [card], ContextTokens: 4096);
        var chosen = InferenceEstimator.Estimate(scenario, constants);
        chosen.Backend.ShouldBe(Backend.Vulkan);
        chosen.Assumptions.ShouldContain(a => a.Text.Contains("Vulkan backend: the faster of ROCm and Vulkan", StringComparison.Ordinal));

        var rocm = InferenceEstimator.Estimate(scenario with { Devices = [card with { Backend = Backend.Rocm }] }, constants);
        rocm.Backend.ShouldBe(Backend.Rocm);
        rocm.DecodeTokensPerSecondPerUser.ShouldBeLessThan(chosen.DecodeTokensPerSecondPerUser);
    }

    [Fact]
    public void TheChosenBackend_FinishesTheTurnSoonest()
    {
        // Whatever the workload (short chat or a long document), the choice is the candidate with the shortest turn.
        var strixHalo = measurements.Devices["ryzen-ai-max-395"] with { Backend = null };
        foreach (var position in new[] { 256, 32768 })
        {
            var scenario = InferenceScenario.OnDevices(Examples.Llama3_70B, Examples.Q4KM, strixHalo, contextTokens: 65536) with { DecodePositionTokens = position };
            var chosen = InferenceEstimator.Estimate(scenario, constants);
            foreach (var backend in constants.BackendsOf(DeviceClass.AmdUnified))
            {
                var other = InferenceEstimator.Estimate(scenario with { Devices = [strixHalo with { Backend = backend }] }, constants);
                BackendChoice.TurnSeconds(chosen).ShouldBeLessThanOrEqualTo(BackendChoice.TurnSeconds(other) + 1e-9, $"{backend} at {position}");
            }
        }
    }

    [Fact]
    public void Ollama_RunsAmdOnItsDefaultBackend()
    {
        var card = measurements.Devices["rx-7900-xt"] with { Backend = null };
        InferenceEstimator.Estimate(InferenceScenario.OnDevices(Examples.Llama3_8B, Examples.Q4KM, card, engine: InferenceEngine.Ollama), constants).Backend.ShouldBe(Backend.Rocm);
    }

    [Fact]
    public void Constants_RejectAnUnknownBackend()
    {
        var yaml = File.ReadAllText(PhysicsFiles.Constants).Replace("    backend: metal", "    backend: opencl", StringComparison.Ordinal);
        var error = Should.Throw<PhysicsDataException>(() => PhysicsConstantsLoader.Parse(yaml, "constants.yaml"));
        error.Message.ShouldContain("unknown backend 'opencl'");
        error.Message.ShouldContain("cuda, rocm, vulkan, metal, sycl, cpu");
    }
}
