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
            return Listed(catalog.FindCooler(archetypeCoolerId), cpu);
        }

        ArgumentNullException.ThrowIfNull(cpu);
        ArgumentNullException.ThrowIfNull(catalog);
        var chosenFor = Chosen.GetValue(catalog, static _ => new(ReferenceEqualityComparer.Instance));
        return chosenFor.TryGetValue(cpu, out var known) ? known : chosenFor.GetOrAdd(cpu, Cheapest(cpu, catalog));
    }

    // Without an archetype's cooler the choice (cooler, sentence writer, gap) reads only the CPU and the catalog's
    // coolers, both immutable: it is made once per catalog (a price file makes another) and CPU object (compared by
    // reference, so a CPU changed with `with` is another key), for every trial and build on that CPU.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Catalog.Catalog,
        System.Collections.Concurrent.ConcurrentDictionary<Cpu, (CpuCooler? Cooler, Func<string>? Reason, string? Gap)>> Chosen = [];

    // The archetype's cooler (apart from Choose, whose other path then captures nothing).
    private static (CpuCooler? Cooler, Func<string>? Reason, string? Gap) Listed(CpuCooler cooler, Cpu cpu) =>
        (cooler, () => Reason("The archetype's", cooler, cpu), null);

    private static (CpuCooler? Cooler, Func<string>? Reason, string? Gap) Cheapest(Cpu cpu, Catalog.Catalog catalog)
    {
        // The first fitting cooler by kind (a custom loop first exactly when the CPU needs one), then mid price, then
        // id: one pass, no sort.
        var wantsLoop = NeedsCustomLoop(cpu);
        CpuCooler? chosen = null;
        foreach (var c in catalog.Coolers)
        {
            if (c.Sockets.Contains(cpu.Socket) && (c.RatedW >= cpu.PeakW || c.ComesWith(cpu)) && (chosen is null || IsBefore(c, chosen, wantsLoop)))
            {
                chosen = c;
            }
        }

        return chosen is null
            ? (null, null, $"coolers.yaml has no cooler for the {cpu.Name}'s {cpu.Socket} socket rated for its {BuildText.Watts(cpu.PeakW)}, so the build has no CPU cooler")
            : (chosen, chosen.ComesWith(cpu) ? () => BoxReason(chosen, cpu) : () => Reason("The cheapest fitting", chosen, cpu), null);
    }

    private static bool IsBefore(CpuCooler cooler, CpuCooler other, bool wantsLoop)
    {
        var kind = wantsLoop == (cooler.Kind == CoolerKind.CustomLoop) ? 0 : 1;
        var otherKind = wantsLoop == (other.Kind == CoolerKind.CustomLoop) ? 0 : 1;
        if (kind != otherKind)
        {
            return kind < otherKind;
        }

        var byPrice = cooler.PriceUsd.Range.Midpoint.CompareTo(other.PriceUsd.Range.Midpoint);
        return byPrice != 0 ? byPrice < 0 : string.CompareOrdinal(cooler.Id, other.Id) < 0;
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
