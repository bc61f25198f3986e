using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using static System.FormattableString;

namespace ExpertRig.Rules.Power;

/// <summary>How the power findings name a build's parts, e.g. "2 × RTX 5090 + Ryzen 9 9950X".</summary>
public static class PowerText
{
    /// <summary>The power-hungry parts: GPUs and CPU, or the unified system.</summary>
    public static string Parts(Build build) =>
        build.System is { } system ? system.Name
        : build.Gpu is null ? build.Cpu?.Name ?? build.Title
        : Invariant($"{build.GpuCount} × {build.Gpu.Name}") + (build.Cpu is null ? "" : " + " + build.Cpu.Name);

    /// <summary>The power supplies, e.g. "the 1,500 W Corsair HX1500i" or "2 × 1,300 W Seasonic PRIME TX-1300".</summary>
    public static string Psus(Build build) =>
        build.Psu is not { } psu ? "no PSU"
        : build.PsuCount == 1 ? Invariant($"the {Figures.Number(psu.Watts, 0)} W {psu.Name}")
        : Invariant($"{build.PsuCount} × {Figures.Number(psu.Watts, 0)} W {psu.Name}");

    /// <summary>A verb agreeing with the PSU phrase: "gives" after one PSU, "give" after several.</summary>
    public static string Verb(Build build, string plural) => build.PsuCount == 1 ? plural + "s" : plural;
}
