using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// A build's power consumers for <see cref="PowerEstimator"/>, so the configurator's PSU choice and the PowerBudget
/// rule see the same numbers: GPUs at board power, the CPU at TDP (sustained) and package limit (peak), and the rest
/// of the platform at the guide's allowance.
/// </summary>
public static class BuildPower
{
    /// <summary>Board, RAM, storage and fans of a desktop platform (guide § 'PSU Sizing Calculator': "+ 100W (rest)").</summary>
    public const double DesktopPlatformWatts = 100;

    /// <summary>The same for 8-DIMM workstation and server platforms (the guide's 4-GPU Threadripper Pro example: "+ 150W (rest)").</summary>
    public const double WorkstationPlatformWatts = 150;

    /// <summary>
    /// The power consumers of a build; a unified system is one consumer, sustained at its measured inference draw
    /// (systems.yaml <c>inference_power_w</c>, its rating when none is catalogued) and peaking at its rating.
    /// </summary>
    public static IReadOnlyList<PowerComponent> Components(Build build)
    {
        if (build.System is { } system)
        {
            return [new PowerComponent(system.Name, system.SustainedInferenceW, system.PowerW, build.SystemCount)];
        }

        var components = new List<PowerComponent>();
        if (build.Gpu is { } gpu && build.GpuCount > 0)
        {
            var board = build.PowerLimit.BoardWatts(gpu.BoardPowerW);
            components.Add(new PowerComponent(gpu.Name, board, board, build.GpuCount));
        }

        if (build.Cpu is { } cpu)
        {
            components.Add(new PowerComponent(cpu.Name, Math.Min(cpu.TdpW, cpu.PeakW), cpu.PeakW));
        }

        var platform = PlatformWatts(build);
        components.Add(new PowerComponent("motherboard, RAM, storage and fans", platform, platform));
        return components;
    }

    /// <summary>
    /// The PSU sizing of <see cref="Components"/> (<c>PowerEstimator.SizePsus</c> of them) without making the list: the
    /// same figures added in the same order. The configurator's PSU choice and every power budget read it.
    /// </summary>
    internal static (double SustainedWatts, double PeakWatts, double RequiredPsuWatts, int PsuCount) SizePsus(Build build, PowerConstants constants)
    {
        var sum = default(PowerEstimator.DrawSum);
        if (build.System is { } system)
        {
            sum.Add(system.SustainedInferenceW, system.PowerW, build.SystemCount);
            return sum.Size(constants);
        }

        if (build.Gpu is { } gpu && build.GpuCount > 0)
        {
            var board = build.PowerLimit.BoardWatts(gpu.BoardPowerW);
            sum.Add(board, board, build.GpuCount);
        }

        if (build.Cpu is { } cpu)
        {
            sum.Add(Math.Min(cpu.TdpW, cpu.PeakW), cpu.PeakW);
        }

        var platform = PlatformWatts(build);
        sum.Add(platform, platform);
        return sum.Size(constants);
    }

    /// <summary>The allowance for everything but GPUs and CPU.</summary>
    public static double PlatformWatts(Build build) =>
        build.Motherboard is { MemorySlots: >= 8 } ? WorkstationPlatformWatts : DesktopPlatformWatts;
}
