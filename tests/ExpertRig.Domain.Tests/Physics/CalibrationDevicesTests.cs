using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Predictions;

namespace ExpertRig.Domain.Tests.Physics;

/// <summary>
/// The efficiencies are fitted on measurements.yaml's devices and applied to the catalog's: where both describe the
/// same card, they must give the estimators the same figures, or a fitted efficiency lands on a different rate (the
/// catalog once gave GeForce cards their FP32-accumulate rate while the fit used the FP16-accumulate one, halving every
/// predicted prompt speed).
/// </summary>
public sealed class CalibrationDevicesTests
{
    private static readonly ExpertRig.Domain.Catalog.Catalog Shipped = CatalogLoader.LoadDefault();
    private static readonly MeasurementSet Measurements = MeasurementSet.Load();

    public static TheoryData<string> SharedDevices()
    {
        var shared = Measurements.Devices.Keys
            .Where(id => Shipped.Gpus.TryFind(id, out _) || Shipped.Systems.TryFind(id, out _))
            .ToArray();
        shared.Length.ShouldBeGreaterThanOrEqualTo(10);
        return [.. shared];
    }

    [Theory]
    [MemberData(nameof(SharedDevices))]
    public void CatalogDevice_GivesTheFiguresItWasCalibratedOn(string id)
    {
        var measured = Measurements.Devices[id];
        var catalog = Shipped.Gpus.TryFind(id, out var gpu) ? CatalogDevices.ForGpu(gpu) : CatalogDevices.ForSystem(Shipped.Systems.Find(id));

        catalog.Class.ShouldBe(measured.Class, id);
        catalog.BandwidthGbs.ShouldBe(measured.BandwidthGbs, id);
        foreach (var engine in Enum.GetValues<InferenceEngine>())
        {
            catalog.TensorTflops(engine).ShouldBe(measured.TensorTflops(engine), 0.05, $"{id} with {engine}");
        }
    }

    [Fact]
    public void GeForceCards_RunLlamaCpp_AtTwiceTheFp32AccumulateRate()
    {
        var rtx3090 = CatalogDevices.ForGpu(Shipped.FindGpu("rtx-3090"));

        rtx3090.TensorTflops(InferenceEngine.LlamaCpp).ShouldBe(142);
        rtx3090.TensorTflops(InferenceEngine.Vllm).ShouldBe(71);
        CatalogDevices.ForGpu(Shipped.FindGpu("rtx-6000-ada")).TensorTflops(InferenceEngine.LlamaCpp).ShouldBe(364.2);
    }
}
