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
        foreach (var (key, (efficiency, overheadUs)) in fit.Classes)
        {
            var yaml = constants.For(key.Class, key.Backend);
            output.WriteLine($"{Name(key),-22} efficiency fitted {efficiency:F3} yaml {yaml.BandwidthEfficiency:F3}; overhead fitted {overheadUs:F1} µs yaml {yaml.PerLayerOverheadMicroseconds:F1} µs ({singles.Count(s => Calibrator.KeyOf(s.Device) == key)} points)");
            output.WriteLine($"{Name(key),-22} attention fitted {fit.AttentionNsOf(key):F3} ns per cached token per layer, yaml {yaml.AttentionNanosecondsPerCachedToken:F3}");
            output.WriteLine($"{Name(key),-22} moe fitted {fit.MoeUsOf(key):F1} µs per MoE layer, yaml {yaml.MoeLayerMicroseconds:F1} ({singles.Count(s => Calibrator.KeyOf(s.Device) == key && s.IsMixtureOfExperts)} MoE points)");
        }

        foreach (var ((key, chip), efficiency) in fit.Chips)
        {
            var yaml = constants.For(key.Class, key.Backend).ChipEfficiencies;
            output.WriteLine($"{Name(key),-22} chip {chip} efficiency fitted {efficiency:F3} yaml {(yaml.TryGetValue(chip, out var y) ? y.ToString("F3") : "missing")} ({singles.Count(s => s.Device.Chip == chip)} points)");
        }

        fit.UnquantizedFactor.ShouldBe(constants.Decode.UnquantizedStreamFactor, 0.005);
        foreach (var (key, (efficiency, overheadUs)) in fit.Classes)
        {
            var yaml = constants.For(key.Class, key.Backend);
            yaml.Backend.ShouldBe(key.Backend, $"constants.yaml needs a {Name(key)} entry for the rows measured on it");
            yaml.BandwidthEfficiency.ShouldBe(efficiency, 0.006, Name(key));
            yaml.PerLayerOverheadMicroseconds.ShouldBe(overheadUs, 1.0, Name(key));
            yaml.AttentionNanosecondsPerCachedToken.ShouldBe(fit.AttentionNsOf(key), 0.005, Name(key));
            yaml.MoeLayerMicroseconds.ShouldBe(fit.MoeUsOf(key), 1.0, $"{Name(key)} moe_layer_overhead_us");
        }

        foreach (var ((key, chip), efficiency) in fit.Chips)
        {
            var yaml = constants.For(key.Class, key.Backend).ChipEfficiencies;
            yaml.ContainsKey(chip).ShouldBeTrue($"constants.yaml lists no {chip} under {Name(key)}");
            yaml[chip].ShouldBe(efficiency, 0.006, $"{Name(key)} {chip}");
        }

        foreach (var deviceClass in Enum.GetValues<DeviceClass>())
        {
            foreach (var chip in constants.For(deviceClass).ChipEfficiencies.Keys)
            {
                fit.Chips.Keys.ShouldContain(k => k.Chip == chip && k.Key.Class == deviceClass, $"{chip} has no decode measurement in measurements.yaml");
            }
        }

        // Every calibrated class × backend in constants.yaml has measurements behind it.
        foreach (var deviceClass in Enum.GetValues<DeviceClass>())
        {
            foreach (var backend in constants.BackendsOf(deviceClass))
            {
                fit.Classes.ContainsKey((deviceClass, backend)).ShouldBeTrue($"{Name((deviceClass, backend))} has no decode measurement in measurements.yaml");
            }
        }
    }

    private static string Name((DeviceClass Class, Backend Backend) key) => $"{DeviceClassIds.ToId(key.Class)}/{BackendNames.ToId(key.Backend)}";

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
        foreach (var (key, efficiency) in fit)
        {
            output.WriteLine($"{Name(key),-22} prompt efficiency fitted {efficiency:F3} yaml {constants.For(key.Class, key.Backend).PromptComputeEfficiency:F3} ({measurements.Prompt.Count(p => Calibrator.KeyOf(p.Device) == key)} points)");
        }

        fit.ShouldAllBe(pair => Math.Abs(constants.For(pair.Key.Class, pair.Key.Backend).PromptComputeEfficiency - pair.Value) <= 0.006);
    }

    [Fact]
    public void Calibration_ReproducesTheBatchedEfficiencies()
    {
        var fit = Calibrator.FitBatched(measurements.Batched, constants);
        foreach (var (isApple, efficiency) in fit)
        {
            var classes = isApple ? new[] { DeviceClass.AppleSilicon } : new[] { DeviceClass.NvidiaGddr, DeviceClass.NvidiaHbm, DeviceClass.NvidiaUnified, DeviceClass.AmdGddr, DeviceClass.AmdUnified };
            output.WriteLine($"{(isApple ? "apple" : "nvidia (and amd)")} batched-decode efficiency fitted {efficiency:F3}; yaml {string.Join(", ", classes.Select(c => constants.For(c).BatchedDecodeComputeEfficiency.ToString("F3")))}");
        }

        foreach (var (isApple, efficiency) in fit)
        {
            var classes = isApple ? new[] { DeviceClass.AppleSilicon } : new[] { DeviceClass.NvidiaGddr, DeviceClass.NvidiaHbm, DeviceClass.NvidiaUnified, DeviceClass.AmdGddr, DeviceClass.AmdUnified };
            foreach (var deviceClass in classes)
            {
                constants.For(deviceClass).BatchedDecodeComputeEfficiency.ShouldBe(efficiency, 0.006, DeviceClassIds.ToId(deviceClass));
            }
        }
    }
}
