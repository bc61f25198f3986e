using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// Picks RAM kits for a board: kits of the board's DRAM type and DIMM kind, as many as its slots and the platform's
/// maximum allow, filling every memory channel equally when possible. The archetype's kit stays when it already meets
/// the target; otherwise the cheapest fill that does, or the largest the platform takes. A composed build buys the
/// guide's minimum instead when the recommended size costs more than 25% more.
/// </summary>
internal static class MemoryKitChooser
{
    /// <param name="board">The board the kits go in.</param>
    /// <param name="cpu">The CPU, whose channels and maximum also bound the fill.</param>
    /// <param name="baseKit">The archetype's kit, kept when it already meets the target; null for a composed build.</param>
    /// <param name="need">The RAM the guide's table asks.</param>
    /// <param name="eccRequired">True when the profile asks for ECC memory.</param>
    /// <param name="catalog">The catalog's kits.</param>
    /// <param name="withReason">False when only the kit and count are read (the composer's platform preference): the
    /// choice is the same, without a way to write its sentence.</param>
    public static MemoryChoice Choose(Motherboard board, Cpu cpu, MemoryKit? baseKit, RamRequirement need, bool eccRequired, Catalog.Catalog catalog, bool withReason = true)
    {
        var cap = Math.Min(board.MaxRamGb, cpu.MaxRamGb);
        var channels = Math.Max(1, Math.Min(cpu.MemoryChannels, board.MemorySlots));
        var fills = Fills.GetValue(catalog, _ => new());
        if (!fills.TryGetValue((board.Id, cpu.Id, eccRequired), out var options))
        {
            options = fills.GetOrAdd((board.Id, cpu.Id, eccRequired), Fill(board, eccRequired, cap, channels, catalog));
        }

        if (options.Count == 0)
        {
            var kinds = string.Join("/", board.MemoryModules).ToUpperInvariant();
            return new MemoryChoice(null, 0, null,
                $"memory.yaml has no {board.MemoryType.ToString().ToUpperInvariant()} {kinds} kit for the {board.Name}, so the build has no RAM");
        }

        var target = Math.Min(Math.Max(need.RecommendedGb, baseKit?.CapacityGb ?? 0), cap);
        var chosen = BaseKit(options, baseKit, target)
            ?? Cheapest(options, target, baseKit)
            ?? Largest(options, baseKit);

        Option? recommended = null;
        var minimum = Math.Min(need.MinimumGb, cap);
        if (baseKit is null && minimum < target && Cheapest(options, minimum, baseKit) is { } enough
            && chosen.PriceUsd > MaxRecommendedPremium * enough.PriceUsd)
        {
            recommended = chosen;
            chosen = enough;
        }

        // The sentence is written when a reader asks for it, from the same figures.
        return new MemoryChoice(chosen.Kit, chosen.Count, withReason ? Explain(chosen, board, cpu, baseKit, need, cap, channels, recommended) : null, null);
    }

    // The largest fill, then the archetype's kit, then mid price, then id (apart from Choose, whose other paths then capture nothing).
    private static Option Largest(IReadOnlyList<Option> options, MemoryKit? baseKit) =>
        options
            .OrderByDescending(o => o.CapacityGb).ThenBy(o => o.Kit.Id == baseKit?.Id ? 0 : 1).ThenBy(o => o.PriceUsd).ThenBy(o => o.Kit.Id, StringComparer.Ordinal)
            .First();

    // The sentence's writer, made apart from Choose so that a choice without a sentence captures nothing.
    private static Func<string> Explain(Option bought, Motherboard board, Cpu cpu, MemoryKit? baseKit, RamRequirement need, double cap, int channels, Option? recommended) =>
        () => Reason(bought, board, cpu, baseKit, need, cap, channels, recommended is null ? null : Thrift(recommended, bought, need));

    // Why the minimum is bought instead of the recommended size.
    private static string Thrift(Option recommended, Option enough, RamRequirement need) =>
        $"; {Figures.MarketedGb(recommended.CapacityGb)} would cost {Figures.Usd(recommended.PriceUsd)} against {Figures.Usd(enough.PriceUsd)}"
        + $" for the {Figures.MarketedGb(need.MinimumGb)} minimum, more than {Figures.Percent(MaxRecommendedPremium - 1)} extra, so the minimum is bought (add a kit later)";

    // The fills a board and CPU take depend only on the catalog, the two parts and the ECC demand: worked out once per
    // catalog (a price file makes another), keyed by the board and CPU ids (unique in a catalog) and the demand.
    private static readonly ConditionalWeakTable<Catalog.Catalog, ConcurrentDictionary<(string Board, string Cpu, bool Ecc), IReadOnlyList<Option>>> Fills = [];

    // Every fill of one kit the slots and the platform's maximum (cap: the board's and the CPU's) allow; only ECC kits when ECC is asked and the
    // catalog has one; only fills that load every channel equally when there are such.
    private static IReadOnlyList<Option> Fill(Motherboard board, bool eccRequired, double cap, int channels, Catalog.Catalog catalog)
    {
        var options = (from kit in catalog.MemoryKits
                       where kit.Type == board.MemoryType && board.MemoryModules.Contains(kit.Module)
                       from count in Enumerable.Range(1, Math.Max(0, board.MemorySlots / kit.Modules))
                       where count * kit.CapacityGb <= cap
                       select new Option(kit, count)).ToList();
        if (eccRequired && options.Any(o => o.Kit.Ecc))
        {
            options = options.Where(o => o.Kit.Ecc).ToList();
        }

        if (options.Any(o => o.Modules % channels == 0))
        {
            options = options.Where(o => o.Modules % channels == 0).ToList();
        }

        return options;
    }

    /// <summary>
    /// How much more than the guide's minimum a composed build pays to reach the recommended RAM size. Above it (2026's
    /// DDR4 and DDR5 prices double a budget build's RAM line for the second kit) the minimum is bought; a guide
    /// template keeps its own kit.
    /// </summary>
    public const double MaxRecommendedPremium = 1.25;

    // The archetype's kit alone, when it holds the target: the first such option, as a FirstOrDefault would find it.
    private static Option? BaseKit(IReadOnlyList<Option> options, MemoryKit? baseKit, double target)
    {
        foreach (var o in options)
        {
            if (o.Count == 1 && o.Kit.Id == baseKit?.Id && o.CapacityGb >= target)
            {
                return o;
            }
        }

        return null;
    }

    // The first option of the capacity by mid price, then modules, then the archetype's kit, then id: one pass, no sort.
    private static Option? Cheapest(IReadOnlyList<Option> options, double capacityGb, MemoryKit? baseKit)
    {
        Option? best = null;
        foreach (var o in options)
        {
            if (o.CapacityGb >= capacityGb && (best is null || IsCheaper(o, best, baseKit)))
            {
                best = o;
            }
        }

        return best;
    }

    private static bool IsCheaper(Option o, Option other, MemoryKit? baseKit)
    {
        var byPrice = o.PriceUsd.CompareTo(other.PriceUsd);
        if (byPrice != 0)
        {
            return byPrice < 0;
        }

        if (o.Modules != other.Modules)
        {
            return o.Modules < other.Modules;
        }

        var isBase = o.Kit.Id == baseKit?.Id ? 0 : 1;
        var otherIsBase = other.Kit.Id == baseKit?.Id ? 0 : 1;
        if (isBase != otherIsBase)
        {
            return isBase < otherIsBase;
        }

        return string.CompareOrdinal(o.Kit.Id, other.Kit.Id) < 0;
    }

    private static string Reason(Option chosen, Motherboard board, Cpu cpu, MemoryKit? baseKit, RamRequirement need, double cap, int channels, string? thrift)
    {
        var layout = $"{Figures.MarketedGb(chosen.CapacityGb)} in {chosen.Modules} of {board.MemorySlots} DIMM slots ({Figures.Number(chosen.Modules / (double)channels)} per channel on {channels} channels)";
        // ExpertRig's row asking as much RAM as the GPUs' memory is told apart from the table's rows it joins.
        var gpuMemory = need.Rows.FirstOrDefault(r => r.MatchesGpuMemory);
        var listed = need.Rows.Where(r => !r.MatchesGpuMemory).ToList();
        var rows = string.Join(" and ", listed.Select(r => r.UseCase));
        var offload = need.OffloadGb > 0 ? $", about {BuildText.Gb(need.OffloadGb)} of the largest workload being offloaded" : string.Empty;
        var table = listed.All(r => r.FromGuide) ? "the guide's RAM table" : "ExpertRig's RAM sizing";
        var recommended = listed.Count == 0 ? need.RecommendedGb : listed.Max(r => r.RecommendedGb);
        var ask = gpuMemory is null
            ? $"{table} recommends {Figures.MarketedGb(need.RecommendedGb)} ({Figures.MarketedGb(need.MinimumGb)} minimum) for {rows}{offload}"
            : gpuMemory.MinimumGb < recommended
            ? $"{table} recommends {Figures.MarketedGb(recommended)} (ExpertRig: ≥ the GPUs' {Figures.MarketedGb(gpuMemory.MinimumGb)}) for {rows}{offload}"
            : $"{table} recommends {Figures.MarketedGb(recommended)} for {rows}{offload}, and ExpertRig at least the GPUs' {Figures.MarketedGb(gpuMemory.MinimumGb)}, as every guide build has";
        var why = thrift is not null
            ? thrift
            : chosen.CapacityGb < need.RecommendedGb
            ? chosen.CapacityGb >= cap
                ? $"; the {cpu.Name} on the {board.Name} takes at most {Figures.MarketedGb(cap)}"
                : $"; the catalog's {board.MemoryType.ToString().ToUpperInvariant()} kits reach at most {Figures.MarketedGb(chosen.CapacityGb)} in this board's slots"
            : chosen.Kit.Id == baseKit?.Id && chosen.Count == 1
                ? chosen.CapacityGb > need.RecommendedGb ? "; the archetype's kit gives more" : "; the archetype's kit"
                : string.Empty;
        return $"{layout}: {ask}{why}.";
    }

    private sealed record Option(MemoryKit Kit, int Count)
    {
        public int Modules => Count * Kit.Modules;

        public double CapacityGb => Count * Kit.CapacityGb;

        public double PriceUsd => Count * Kit.PriceUsd.Range.Midpoint;
    }
}
