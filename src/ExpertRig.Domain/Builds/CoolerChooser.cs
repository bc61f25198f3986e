using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// Keeps the archetype's cooler, or picks the cheapest catalog cooler that mounts on the CPU's socket and is rated for
/// its package power; for Threadripper PRO (WRX90) CPUs a custom loop, which the guide calls mandatory at 350 W.
/// A cooler that comes in the CPU's box is taken as sufficient for that CPU at stock settings (the maker ships it for
/// that part) and costs nothing extra, so a composed build keeps it.
/// </summary>
internal static class CoolerChooser
{
    /// <returns>The cooler, a writer of its reason (the sentence written when read), or the gap.</returns>
    public static (CpuCooler? Cooler, Func<string>? Reason, string? Gap) Choose(string? archetypeCoolerId, Cpu cpu, Catalog.Catalog catalog)
    {
        if (archetypeCoolerId is not null)
        {
            var cooler = catalog.FindCooler(archetypeCoolerId);
            return (cooler, () => Reason("The archetype's", cooler, cpu), null);
        }

        var wantsLoop = NeedsCustomLoop(cpu);
        var chosen = catalog.Coolers
            .Where(c => c.Sockets.Contains(cpu.Socket) && (c.RatedW >= cpu.PeakW || c.ComesWith(cpu)))
            .OrderBy(c => wantsLoop == (c.Kind == CoolerKind.CustomLoop) ? 0 : 1)
            .ThenBy(c => c.PriceUsd.Range.Midpoint)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        return chosen is null
            ? (null, null, $"coolers.yaml has no cooler for the {cpu.Name}'s {cpu.Socket} socket rated for its {BuildText.Watts(cpu.PeakW)}, so the build has no CPU cooler")
            : (chosen, chosen.ComesWith(cpu) ? () => BoxReason(chosen, cpu) : () => Reason("The cheapest fitting", chosen, cpu), null);
    }

    /// <summary>Threadripper PRO parts (the ones that run on WRX90) need a custom loop at full sustained power.</summary>
    public static bool NeedsCustomLoop(Cpu cpu) => cpu.Chipsets.Contains("wrx90");

    private static string Reason(string which, CpuCooler cooler, Cpu cpu)
    {
        var fit = $"{which} {Kind(cooler.Kind)} cooler, rated {BuildText.Watts(cooler.RatedW)} for the {cpu.Name}'s {BuildText.Watts(cpu.PeakW)} package power on {cpu.Socket}";
        return cooler.Kind == CoolerKind.CustomLoop && NeedsCustomLoop(cpu)
            ? $"{fit}: the guide calls a custom loop mandatory for Threadripper Pro at 350 W sustained."
            : $"{fit}.";
    }

    private static string BoxReason(CpuCooler cooler, Cpu cpu) =>
        $"In the {cpu.Name}'s box, paid for with the CPU: the maker ships it for this part's {BuildText.Watts(cpu.TdpW)} TDP " +
        $"({BuildText.Watts(cpu.PeakW)} package power) at stock settings. A $20–40 tower cooler runs quieter under a " +
        "sustained CPU load (offloaded layers); for a model held in GPU memory the CPU idles.";

    private static string Kind(CoolerKind kind) => kind switch
    {
        CoolerKind.Aio => "AIO liquid",
        CoolerKind.CustomLoop => "custom-loop",
        _ => "air",
    };
}
