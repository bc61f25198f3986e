using ExpertRig.Domain.Physics;
using Xunit.Abstractions;

namespace ExpertRig.Domain.Tests.Physics;

/// <summary>The fitted constants in constants.yaml are what the measurements give, not hand-tuned numbers.</summary>
public sealed class CalibrationTests(ITestOutputHelper output)
{
    private readonly PhysicsConstants constants = PhysicsFiles.LoadConstants();
    private readonly MeasurementSet measurements = MeasurementSet.Load();

    [Fact]
    public void Calibration_ReproducesTheDecodeConstants()
    {
        var singles = measurements.Decode.Where(m => m.IsSingleDevice).ToList();
        var fit = Calibrator.FitDecode(singles, constants);
        output.WriteLine($"16-bit stream factor: fitted {fit.UnquantizedFactor:F2}, constants.yaml {constants.Decode.UnquantizedStreamFactor:F2}; fit MAPE {fit.Mape:P1} over {singles.Count} points");
        foreach (var (deviceClass, (efficiency, overheadUs)) in fit.Classes)
        {
            var yaml = constants.For(deviceClass);
            output.WriteLine($"{DeviceClassIds.ToId(deviceClass),-15} efficiency fitted {efficiency:F3} yaml {yaml.BandwidthEfficiency:F3}; overhead fitted {overheadUs:F1} µs yaml {yaml.PerLayerOverheadMicroseconds:F1} µs ({singles.Count(s => s.Device.Class == deviceClass)} points)");
        }

        fit.UnquantizedFactor.ShouldBe(constants.Decode.UnquantizedStreamFactor, 0.005);
        foreach (var (deviceClass, (efficiency, overheadUs)) in fit.Classes)
        {
            constants.For(deviceClass).BandwidthEfficiency.ShouldBe(efficiency, 0.006, DeviceClassIds.ToId(deviceClass));
            constants.For(deviceClass).PerLayerOverheadMicroseconds.ShouldBe(overheadUs, 1.0, DeviceClassIds.ToId(deviceClass));
            output.WriteLine($"{DeviceClassIds.ToId(deviceClass),-15} attention fitted {fit.AttentionNsOf(deviceClass):F3} ns per cached token per layer, yaml {constants.For(deviceClass).AttentionNanosecondsPerCachedToken:F3}");
            constants.For(deviceClass).AttentionNanosecondsPerCachedToken.ShouldBe(fit.AttentionNsOf(deviceClass), 0.005, DeviceClassIds.ToId(deviceClass));
        }
    }

    [Fact]
    public void Calibration_LeaveOneOutErrorStaysWithinTarget()
    {
        var singles = measurements.Decode.Where(m => m.IsSingleDevice).ToList();
        var looMape = Calibrator.LeaveOneOutMape(singles, constants, constants.Decode.UnquantizedStreamFactor);
        output.WriteLine($"Leave-one-out MAPE of single-device decode: {looMape:P1} ({singles.Count} points, each predicted by a fit without it)");
        looMape.ShouldBeLessThan(0.15);
    }

    [Fact]
    public void Calibration_ReproducesTheLayerSplitHop()
    {
        var multis = measurements.Decode.Where(m => m.Count > 1 && !m.ExpertsInRam).ToList();
        var hop = Calibrator.FitHopMilliseconds(multis, constants);
        output.WriteLine($"layer-split hop: fitted {hop:F3} ms, constants.yaml {constants.Decode.LayerSplitHopMilliseconds:F3} ms ({multis.Count} points)");
        constants.Decode.LayerSplitHopMilliseconds.ShouldBe(hop, 0.01);
    }

    [Fact]
    public void Calibration_ReproducesTheCpuExpertEfficiency()
    {
        var rows = measurements.Decode.Where(m => m.ExpertsInRam).ToList();
        var efficiency = Calibrator.FitCpuBandwidthEfficiency(rows, constants);
        output.WriteLine($"CPU share of RAM bandwidth on experts in RAM: fitted {efficiency:F3}, constants.yaml {constants.Decode.CpuBandwidthEfficiency:F3} ({rows.Count} points)");
        rows.Count.ShouldBeGreaterThanOrEqualTo(3);
        constants.Decode.CpuBandwidthEfficiency.ShouldBe(efficiency, 0.006);
    }

    [Fact]
    public void Calibration_ReproducesThePromptEfficiencies()
    {
        var fit = Calibrator.FitPrompt(measurements.Prompt, constants);
        foreach (var (deviceClass, efficiency) in fit)
        {
            output.WriteLine($"{DeviceClassIds.ToId(deviceClass),-15} prompt efficiency fitted {efficiency:F3} yaml {constants.For(deviceClass).PromptComputeEfficiency:F3} ({measurements.Prompt.Count(p => p.Device.Class == deviceClass)} points)");
        }

        fit.ShouldAllBe(pair => Math.Abs(constants.For(pair.Key).PromptComputeEfficiency - pair.Value) <= 0.006);
    }

    [Fact]
    public void Calibration_ReproducesTheBatchedEfficiencies()
    {
        var fit = Calibrator.FitBatched(measurements.Batched, constants);
        foreach (var (isApple, efficiency) in fit)
        {
            var classes = isApple ? new[] { DeviceClass.AppleSilicon } : new[] { DeviceClass.NvidiaGddr, DeviceClass.NvidiaHbm, DeviceClass.NvidiaUnified, DeviceClass.AmdGddr };
            output.WriteLine($"{(isApple ? "apple" : "nvidia (and amd)")} batched-decode efficiency fitted {efficiency:F3}; yaml {string.Join(", ", classes.Select(c => constants.For(c).BatchedDecodeComputeEfficiency.ToString("F3")))}");
        }

        foreach (var (isApple, efficiency) in fit)
        {
            var classes = isApple ? new[] { DeviceClass.AppleSilicon } : new[] { DeviceClass.NvidiaGddr, DeviceClass.NvidiaHbm, DeviceClass.NvidiaUnified, DeviceClass.AmdGddr };
            foreach (var deviceClass in classes)
            {
                constants.For(deviceClass).BatchedDecodeComputeEfficiency.ShouldBe(efficiency, 0.006, DeviceClassIds.ToId(deviceClass));
            }
        }
    }
}
